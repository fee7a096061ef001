using System.Text.Json.Nodes;
using InterviewCoachBot.Emulators.Telegram.Formatting;
using InterviewCoachBot.Emulators.Telegram.Internal;

namespace InterviewCoachBot.Emulators.Telegram.Methods;

/// <summary>sendMessage, editMessageText, editMessageReplyMarkup, deleteMessage.</summary>
internal static class MessageMethods
{
    private const string NotModified =
        "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";

    public static Task<JsonNode?> SendMessage(MethodCall call)
    {
        var state = call.State;
        var chat = state.Chats.ResolveChat(call.Args);
        var text = call.Args.GetString("text");
        var parseMode = call.Args.GetString("parse_mode");
        var formatted = TextFormatter.FormatMessageText(text, parseMode, call.Args.GetArray("entities"));
        var markup = call.Args.GetObject("reply_markup");
        KeyboardRules.Validate(markup);
        var message = new BotMessage
        {
            ChatId = chat.Id,
            MessageId = state.Chats.NextMessageId(),
            Text = text,
            ParseMode = parseMode,
            PlainText = formatted.Plain,
            ReplyMarkupJson = markup?.ToJsonString(),
            InlineKeyboard = KeyboardRules.ToButtons(markup),
            Date = state.Time.GetUtcNow(),
            Formatted = formatted,
        };
        state.Chats.Add(message);
        return Task.FromResult<JsonNode?>(WireJson.BotMessage(message, chat, state.BotUser()));
    }

    public static Task<JsonNode?> EditMessageText(MethodCall call)
    {
        var (chat, current) = FindTarget(call, "message to edit not found");
        if (current.Document is not null)
        {
            throw BotApiException.BadRequest("there is no text in the message to edit");
        }

        var text = call.Args.GetString("text");
        var parseMode = call.Args.GetString("parse_mode");
        var formatted = TextFormatter.FormatMessageText(text, parseMode, call.Args.GetArray("entities"));
        var markup = call.Args.GetObject("reply_markup");
        KeyboardRules.Validate(markup);
        if (current.Formatted is { } old && old.Plain == formatted.Plain
            && JsonNode.DeepEquals(old.EntitiesJson(), formatted.EntitiesJson())
            && SameMarkup(current, markup))
        {
            throw BotApiException.BadRequest(NotModified);
        }

        var edited = current with
        {
            Text = text,
            ParseMode = parseMode,
            PlainText = formatted.Plain,
            Formatted = formatted,
            ReplyMarkupJson = KeyboardRules.InlineOnly(markup)?.ToJsonString(),
            InlineKeyboard = KeyboardRules.ToButtons(markup),
            EditDate = call.State.Time.GetUtcNow(),
            Version = current.Version + 1,
        };
        return Store(call, chat, current, edited);
    }

    public static Task<JsonNode?> EditMessageReplyMarkup(MethodCall call)
    {
        var (chat, current) = FindTarget(call, "message to edit not found");
        var markup = call.Args.GetObject("reply_markup");
        KeyboardRules.Validate(markup);
        if (SameMarkup(current, markup))
        {
            throw BotApiException.BadRequest(NotModified);
        }

        var edited = current with
        {
            ReplyMarkupJson = KeyboardRules.InlineOnly(markup)?.ToJsonString(),
            InlineKeyboard = KeyboardRules.ToButtons(markup),
            EditDate = call.State.Time.GetUtcNow(),
            Version = current.Version + 1,
        };
        return Store(call, chat, current, edited);
    }

    public static Task<JsonNode?> DeleteMessage(MethodCall call)
    {
        var chat = call.State.Chats.ResolveChat(call.Args);
        return call.State.Chats.Delete(chat.Id, call.Args.GetLong("message_id")!.Value)
            ? Task.FromResult<JsonNode?>(true)
            : throw BotApiException.BadRequest("message to delete not found");
    }

    private static (Chats.KnownUser Chat, BotMessage Current) FindTarget(MethodCall call, string notFound)
    {
        if (call.Args.GetString("inline_message_id") is not null)
        {
            throw BotApiException.BadRequest("MESSAGE_ID_INVALID");
        }

        if (call.Args["chat_id"] is null)
        {
            throw BotApiException.BadRequest("chat_id is empty");
        }

        var chat = call.State.Chats.ResolveChat(call.Args);
        var messageId = call.Args.GetLong("message_id") ?? throw BotApiException.BadRequest("message_id is empty");
        var current = call.State.Chats.Find(chat.Id, messageId) ?? throw BotApiException.BadRequest(notFound);
        return (chat, current);
    }

    private static bool SameMarkup(BotMessage current, JsonObject? newMarkup)
    {
        var before = current.ReplyMarkupJson is null ? null : KeyboardRules.InlineOnly(JsonNode.Parse(current.ReplyMarkupJson) as JsonObject);
        return JsonNode.DeepEquals(before, KeyboardRules.InlineOnly(newMarkup));
    }

    private static Task<JsonNode?> Store(MethodCall call, Chats.KnownUser chat, BotMessage current, BotMessage edited) =>
        call.State.Chats.Replace(current, edited)
            ? Task.FromResult<JsonNode?>(WireJson.BotMessage(edited, chat, call.State.BotUser()))
            : throw BotApiException.BadRequest("message to edit not found");
}
