using InterviewCoachBot.Adapters.Discord.Gateway;

namespace InterviewCoachBot.Adapters.Discord.Rest;

/// <summary><c>GET /gateway/bot</c>: the gateway URL and how many IDENTIFYs are left.</summary>
internal sealed class GatewayBotUrlSource(DiscordRestClient rest) : IGatewayUrlSource
{
    public async Task<GatewayBot> GetAsync(CancellationToken cancellationToken)
    {
        var response = await rest.SendAsync(DiscordRoute.GatewayBot(), null, cancellationToken);
        if (response.Status == 401)
        {
            throw new DiscordFatalException("Discord rejected the bot token (HTTP 401). Check Discord:BotToken.");
        }

        if (!response.IsSuccess || response.GetString("url") is not { } url)
        {
            throw new DiscordUnavailableException($"GET /gateway/bot failed: {response.Describe()}.");
        }

        SessionStartLimit? limit = null;
        if (response.Body is { } body && body.TryGetProperty("session_start_limit", out var start)
            && start.TryGetProperty("remaining", out var remaining) && start.TryGetProperty("reset_after", out var resetAfter))
        {
            limit = new SessionStartLimit(remaining.GetInt32(), TimeSpan.FromMilliseconds(resetAfter.GetDouble()));
        }

        return new GatewayBot(new Uri(url), limit);
    }
}
