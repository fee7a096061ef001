using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using InterviewCoachBot.Emulators.Telegram.Internal;

namespace InterviewCoachBot.Emulators.Telegram.Methods;

/// <summary>getMe, command menu, callback answers, chat actions.</summary>
internal static partial class BotMethods
{
    private const int MaxCallbackAnswerLength = 200;

    public static Task<JsonNode?> GetMe(MethodCall call)
    {
        var me = call.State.BotUser();
        me["can_join_groups"] = false;
        me["can_read_all_group_messages"] = false;
        me["supports_inline_queries"] = false;
        me["can_connect_to_business"] = false;
        me["has_main_web_app"] = false;
        return Task.FromResult<JsonNode?>(me);
    }

    public static Task<JsonNode?> SetMyCommands(MethodCall call)
    {
        var commands = new List<BotCommandInfo>();
        foreach (var item in call.Args.GetArray("commands")!.OfType<JsonObject>())
        {
            var command = item.GetString("command") ?? "";
            var description = item.GetString("description") ?? "";
            if (!CommandPattern().IsMatch(command))
            {
                throw BotApiException.BadRequest("BOT_COMMAND_INVALID");
            }

            if (description.Trim().Length == 0 || description.Length > 256)
            {
                throw BotApiException.BadRequest("BOT_COMMAND_DESCRIPTION_INVALID");
            }

            commands.Add(new BotCommandInfo(command, description));
        }

        if (commands.Count > 100)
        {
            throw BotApiException.BadRequest("BOT_COMMANDS_TOO_MUCH");
        }

        call.State.SetCommands(ScopeKey(call.Args), commands);
        return Task.FromResult<JsonNode?>(true);
    }

    public static Task<JsonNode?> GetMyCommands(MethodCall call)
    {
        JsonArray result = [.. call.State.GetCommands(ScopeKey(call.Args))
            .Select(c => (JsonNode)new JsonObject { ["command"] = c.Command, ["description"] = c.Description })];
        return Task.FromResult<JsonNode?>(result);
    }

    public static Task<JsonNode?> AnswerCallbackQuery(MethodCall call)
    {
        var text = call.Args.GetString("text");
        if (text is not null && text.Length > MaxCallbackAnswerLength)
        {
            throw BotApiException.BadRequest("MESSAGE_TOO_LONG");
        }

        call.State.Callbacks.Answer(call.Args.GetString("callback_query_id")!, text, call.Args.GetBool("show_alert"), call.Args.GetString("url"));
        return Task.FromResult<JsonNode?>(true);
    }

    public static Task<JsonNode?> SendChatAction(MethodCall call)
    {
        call.State.Chats.ResolveChat(call.Args);
        return Task.FromResult<JsonNode?>(true);
    }

    /// <summary>The default scope with no language is "default"; other scopes are kept apart.</summary>
    private static string ScopeKey(JsonObject args)
    {
        var scopeObject = args.GetObject("scope");
        var scope = scopeObject is null || scopeObject.GetString("type") == "default" ? "default" : scopeObject.ToJsonString();
        var language = args.GetString("language_code") ?? "";
        return language.Length == 0 ? scope : scope + "/" + language;
    }

    [GeneratedRegex("^[a-z0-9_]{1,32}$")]
    private static partial Regex CommandPattern();
}
