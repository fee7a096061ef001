using System.Text;
using System.Text.Json.Nodes;

namespace InterviewCoachBot.Adapters.Discord.Gateway;

/// <summary>The payloads the client sends, as UTF-8 JSON.</summary>
internal static class GatewayPayloads
{
    /// <summary>No intents: INTERACTION_CREATE is sent regardless, and nothing else is needed.</summary>
    public const int Intents = 0;

    public static byte[] Heartbeat(int? sequence) => Encode(GatewayOpcode.Heartbeat, sequence is { } s ? JsonValue.Create(s) : null);

    public static byte[] Identify(string token) => Encode(GatewayOpcode.Identify, new JsonObject
    {
        ["token"] = token,
        ["intents"] = Intents,
        ["properties"] = new JsonObject
        {
            ["os"] = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : "linux",
            ["browser"] = "InterviewCoachBot",
            ["device"] = "InterviewCoachBot",
        },
    });

    public static byte[] Resume(string token, GatewaySession session) => Encode(GatewayOpcode.Resume, new JsonObject
    {
        ["token"] = token,
        ["session_id"] = session.SessionId,
        ["seq"] = session.Sequence,
    });

    /// <summary>The gateway URL with the version and encoding we speak.</summary>
    public static Uri WithQuery(Uri url)
    {
        var builder = new UriBuilder(url) { Query = "v=10&encoding=json" };
        return builder.Uri;
    }

    private static byte[] Encode(GatewayOpcode op, JsonNode? data) =>
        Encoding.UTF8.GetBytes(new JsonObject { ["op"] = (int)op, ["d"] = data }.ToJsonString());
}
