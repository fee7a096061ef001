using System.Text;
using System.Text.Json.Nodes;
using InterviewCoachBot.Emulators.Telegram.Internal;

namespace InterviewCoachBot.Emulators.Telegram.Methods;

/// <summary>Inline keyboard limits the spec states in prose: one action per button, callback_data 1-64 bytes, at most 100 buttons.</summary>
internal static class KeyboardRules
{
    private const int MaxCallbackDataBytes = 64;
    private const int MaxButtons = 100;

    private static readonly string[] ActionFields =
    [
        "url", "callback_data", "web_app", "login_url", "switch_inline_query", "switch_inline_query_current_chat",
        "switch_inline_query_chosen_chat", "copy_text", "callback_game", "pay",
    ];

    public static void Validate(JsonObject? replyMarkup)
    {
        if (replyMarkup?["inline_keyboard"] is not JsonArray rows)
        {
            return;
        }

        var count = 0;
        foreach (var button in rows.OfType<JsonArray>().SelectMany(r => r).OfType<JsonObject>())
        {
            count++;
            if (string.IsNullOrEmpty(button.GetString("text")))
            {
                throw BotApiException.BadRequest("BUTTON_TEXT_EMPTY");
            }

            if (ActionFields.Count(button.ContainsKey) != 1)
            {
                throw BotApiException.BadRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
            }

            if (button.GetString("callback_data") is { } data
                && (data.Length == 0 || Encoding.UTF8.GetByteCount(data) > MaxCallbackDataBytes))
            {
                throw BotApiException.BadRequest("BUTTON_DATA_INVALID");
            }

            if (button.GetString("url") is { } url
                && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https" or "tg")))
            {
                throw BotApiException.BadRequest("BUTTON_URL_INVALID");
            }
        }

        if (count > MaxButtons)
        {
            throw BotApiException.BadRequest("BUTTONS_TOO_MUCH");
        }
    }

    public static IReadOnlyList<IReadOnlyList<BotButton>> ToButtons(JsonObject? replyMarkup) =>
        replyMarkup?["inline_keyboard"] is JsonArray rows
            ? [.. rows.OfType<JsonArray>().Select(row => (IReadOnlyList<BotButton>)[.. row.OfType<JsonObject>()
                .Select(b => new BotButton(b.GetString("text") ?? "", b.GetString("callback_data"), b.GetString("url")))])]
            : [];

    /// <summary>Only inline keyboards stay attached to a message; reply keyboards live on the client.</summary>
    public static JsonObject? InlineOnly(JsonObject? replyMarkup) =>
        replyMarkup?["inline_keyboard"] is JsonArray rows ? new JsonObject { ["inline_keyboard"] = rows.DeepClone() } : null;
}
