using System.Text.Json.Nodes;
using InterviewCoachBot.Emulators.Telegram.Internal;

namespace InterviewCoachBot.Emulators.Telegram.Formatting;

/// <summary>Applies <c>parse_mode</c> (or explicit entities) to a text or caption and enforces the length limit.</summary>
internal static class TextFormatter
{
    public const int MaxTextLength = 4096;
    public const int MaxCaptionLength = 1024;

    public static FormattedText Format(string text, string? parseMode, JsonArray? entities)
    {
        FormattedText formatted;
        if (string.IsNullOrEmpty(parseMode))
        {
            formatted = new FormattedText(text, entities is null ? [] : [.. entities.OfType<JsonObject>().Select(ExplicitEntity)]);
        }
        else if (parseMode.Equals("HTML", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                formatted = HtmlEntityParser.Parse(text);
            }
            catch (HtmlParseException ex)
            {
                throw BotApiException.BadRequest("can't parse entities: " + ex.Message);
            }
        }
        else if (parseMode.Equals("Markdown", StringComparison.OrdinalIgnoreCase)
            || parseMode.Equals("MarkdownV2", StringComparison.OrdinalIgnoreCase))
        {
            // Not parsed by the emulator (known gap): the text is kept verbatim.
            formatted = new FormattedText(text, []);
        }
        else
        {
            throw BotApiException.BadRequest("unsupported parse_mode");
        }

        return formatted;
    }

    public static FormattedText FormatMessageText(string? text, string? parseMode, JsonArray? entities)
    {
        if (text is null)
        {
            throw BotApiException.BadRequest("message text is empty");
        }

        var formatted = Format(text, parseMode, entities);
        if (string.IsNullOrWhiteSpace(formatted.Plain))
        {
            throw BotApiException.BadRequest("message text is empty");
        }

        return formatted.Length > MaxTextLength ? throw BotApiException.BadRequest("message is too long") : formatted;
    }

    public static FormattedText? FormatCaption(string? caption, string? parseMode, JsonArray? entities)
    {
        if (caption is null)
        {
            return null;
        }

        var formatted = Format(caption, parseMode, entities);
        return formatted.Length > MaxCaptionLength ? throw BotApiException.BadRequest("message caption is too long") : formatted;
    }

    private static TextEntity ExplicitEntity(JsonObject e) => new(
        e.GetString("type") ?? "unknown",
        (int)(e.GetLong("offset") ?? 0),
        (int)(e.GetLong("length") ?? 0),
        e.GetString("url"),
        e.GetString("language"),
        e.GetString("custom_emoji_id"));
}
