using System.Text.Json.Nodes;

namespace InterviewCoachBot.Emulators.Discord.Rest.Handlers;

/// <summary><c>GET /gateway</c> and <c>GET /gateway/bot</c>.</summary>
internal sealed class GatewayRoutes(EmulatorContext context)
{
    private const int DailyIdentifyBudget = 1000;

    public RestResult GetGateway(RestCall call) => RestResult.Json(new JsonObject { ["url"] = Url() });

    public RestResult GetGatewayBot(RestCall call) => RestResult.Json(new JsonObject
    {
        ["url"] = Url(),
        ["shards"] = 1,
        ["session_start_limit"] = new JsonObject
        {
            ["total"] = DailyIdentifyBudget,
            ["remaining"] = Math.Max(0, DailyIdentifyBudget - context.Gateway.Stats().Identifies),
            ["reset_after"] = 86_400_000,
            ["max_concurrency"] = 1,
        },
    });

    private string Url() => context.GatewayUrl.ToString().TrimEnd('/');
}
