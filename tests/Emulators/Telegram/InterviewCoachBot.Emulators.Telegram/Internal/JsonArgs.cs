using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace InterviewCoachBot.Emulators.Telegram.Internal;

/// <summary>Typed reads of request arguments that the spec validator already normalised.</summary>
internal static class JsonArgs
{
    public static string? GetString(this JsonObject args, string name) =>
        args[name] switch
        {
            null => null,
            JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
            JsonNode n => n.ToJsonString(),
        };

    public static long? GetLong(this JsonObject args, string name) =>
        args[name] is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<long>(out var l) ? l
        : args[name] is JsonValue s && s.GetValueKind() == JsonValueKind.String
            && long.TryParse(s.GetValue<string>(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) ? p
        : null;

    public static bool GetBool(this JsonObject args, string name) =>
        args[name] is JsonValue v && v.GetValueKind() == JsonValueKind.True;

    public static JsonObject? GetObject(this JsonObject args, string name) => args[name] as JsonObject;

    public static JsonArray? GetArray(this JsonObject args, string name) => args[name] as JsonArray;

    public static bool TryGetLong(JsonNode? node, out long value)
    {
        value = 0;
        return node is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue(out value);
    }
}
