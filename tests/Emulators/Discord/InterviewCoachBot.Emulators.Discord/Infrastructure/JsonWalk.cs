using System.Text.Json;
using System.Text.Json.Nodes;

namespace InterviewCoachBot.Emulators.Discord.Infrastructure;

/// <summary>Small helpers for reading and converting JSON.</summary>
internal static class JsonWalk
{
    public static IReadOnlyList<string> CollectCustomIds(JsonElement message)
    {
        var ids = new List<string>();
        if (message.ValueKind == JsonValueKind.Object && message.TryGetProperty("components", out var components))
        {
            Collect(components, ids);
        }

        return ids;
    }

    /// <summary>The options of the string selects (type 3) in the message's action rows.</summary>
    public static IReadOnlyList<SelectOption> CollectSelectOptions(JsonElement message)
    {
        var found = new List<SelectOption>();
        if (message.ValueKind != JsonValueKind.Object || !message.TryGetProperty("components", out var rows) || rows.ValueKind != JsonValueKind.Array)
        {
            return found;
        }

        foreach (var row in rows.EnumerateArray())
        {
            if (row.ValueKind != JsonValueKind.Object || !row.TryGetProperty("components", out var children) || children.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var menu in children.EnumerateArray().Where(c => GetInt(c, "type") == 3))
            {
                if (GetString(menu, "custom_id") is { } menuId && menu.TryGetProperty("options", out var options) && options.ValueKind == JsonValueKind.Array)
                {
                    found.AddRange(options.EnumerateArray().Select(o => new SelectOption(menuId, GetString(o, "label") ?? string.Empty, GetString(o, "value") ?? string.Empty)));
                }
            }
        }

        return found;
    }

    public static JsonElement ToElement(JsonNode? node) =>
        JsonDocument.Parse(node?.ToJsonString() ?? "null").RootElement.Clone();

    public static JsonNode? ToNode(JsonElement element) => JsonNode.Parse(element.GetRawText());

    public static string? GetString(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()
            : null;

    public static int? GetInt(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.Number
            && v.TryGetInt32(out var i)
            ? i
            : null;

    /// <summary>True when the body has <c>allowed_mentions</c> with an empty <c>parse</c> array.</summary>
    public static bool HasSuppressedMentions(JsonElement message) =>
        message.ValueKind == JsonValueKind.Object
        && message.TryGetProperty("allowed_mentions", out var am)
        && am.ValueKind == JsonValueKind.Object
        && am.TryGetProperty("parse", out var parse)
        && parse.ValueKind == JsonValueKind.Array
        && parse.GetArrayLength() == 0;

    private static void Collect(JsonElement element, List<string> ids)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, ids);
                }

                break;
            case JsonValueKind.Object:
                if (GetString(element, "custom_id") is { } id)
                {
                    ids.Add(id);
                }

                if (element.TryGetProperty("components", out var inner))
                {
                    Collect(inner, ids);
                }

                if (element.TryGetProperty("component", out var single))
                {
                    Collect(single, ids);
                }

                break;
            default:
                break;
        }
    }
}
