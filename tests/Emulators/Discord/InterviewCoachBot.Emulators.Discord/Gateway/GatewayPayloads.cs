using System.Text.Json.Nodes;

namespace InterviewCoachBot.Emulators.Discord.Gateway;

/// <summary>Builds the JSON frames the emulator sends.</summary>
internal static class GatewayPayloads
{
    public static string Op(int op, JsonNode? d) =>
        new JsonObject { ["op"] = op, ["d"] = d, ["s"] = null, ["t"] = null }.ToJsonString();

    public static string Dispatch(string type, int seq, JsonNode? d) =>
        new JsonObject { ["op"] = GatewayOpcodes.Dispatch, ["d"] = d, ["s"] = seq, ["t"] = type }.ToJsonString();

    public static string Hello(int intervalMs) =>
        Op(GatewayOpcodes.Hello, new JsonObject { ["heartbeat_interval"] = intervalMs, ["_trace"] = new JsonArray("emulator-gateway") });

    public static JsonObject Ready(string sessionId, string resumeUrl, string applicationId, string botName, JsonNode? shard) =>
        new()
        {
            ["v"] = 10,
            ["user"] = new JsonObject
            {
                ["id"] = applicationId,
                ["username"] = botName,
                ["discriminator"] = "0",
                ["global_name"] = null,
                ["avatar"] = null,
                ["bot"] = true,
                ["verified"] = true,
                ["flags"] = 0,
            },
            ["guilds"] = new JsonArray(),
            ["private_channels"] = new JsonArray(),
            ["relationships"] = new JsonArray(),
            ["presences"] = new JsonArray(),
            ["session_id"] = sessionId,
            ["session_type"] = "normal",
            ["resume_gateway_url"] = resumeUrl,
            ["shard"] = shard?.DeepClone(),
            ["application"] = new JsonObject { ["id"] = applicationId, ["flags"] = 0 },
            ["_trace"] = new JsonArray("emulator-gateway"),
        };
}
