using System.Text.Json.Nodes;

namespace InterviewCoachBot.Emulators.Discord.Rest.Handlers;

/// <summary><c>GET /gateway</c> and <c>GET /gateway/bot</c>.</summary>
internal sealed class GatewayRoutes(EmulatorContext context)
{
    public RestResult GetGateway(RestCall call) => RestResult.Json(new JsonObject { ["url"] = Url() });

    public RestResult GetGatewayBot(RestCall call)
    {
        var (total, remaining, resetAfterMs) = context.IdentifyBudget.Limit();
        return RestResult.Json(new JsonObject
        {
            ["url"] = Url(),
            ["shards"] = 1,
            ["session_start_limit"] = new JsonObject
            {
                ["total"] = total,
                ["remaining"] = remaining,
                ["reset_after"] = resetAfterMs,
                ["max_concurrency"] = 1,
            },
        });
    }

    private string Url() => context.GatewayUrl.ToString().TrimEnd('/');
}
