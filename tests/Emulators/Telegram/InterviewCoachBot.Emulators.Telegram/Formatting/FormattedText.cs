using System.Text.Json.Nodes;

namespace InterviewCoachBot.Emulators.Telegram.Formatting;

/// <summary>Text after entity parsing, as Telegram stores it: plain text plus entities (UTF-16 offsets).</summary>
internal sealed record FormattedText(string Plain, IReadOnlyList<TextEntity> Entities)
{
    /// <summary>Length as Telegram counts it for the 4096/1024 limits: Unicode characters of the parsed text.</summary>
    public int Length => Plain.EnumerateRunes().Count();

    public JsonArray EntitiesJson() => [.. Entities.Select(e => (JsonNode)e.ToJson())];
}

internal sealed record TextEntity(string Type, int Offset, int Length, string? Url = null, string? Language = null, string? CustomEmojiId = null)
{
    public JsonObject ToJson()
    {
        var json = new JsonObject { ["type"] = Type, ["offset"] = Offset, ["length"] = Length };
        if (Url is not null)
        {
            json["url"] = Url;
        }

        if (Language is not null)
        {
            json["language"] = Language;
        }

        if (CustomEmojiId is not null)
        {
            json["custom_emoji_id"] = CustomEmojiId;
        }

        return json;
    }
}
