using InterviewCoachBot.Adapters.Discord.Gateway;
using Microsoft.Extensions.Logging;

namespace InterviewCoachBot.Adapters.Discord.Rest;

/// <summary><c>GET /gateway/bot</c>, once: the gateway URL and how many IDENTIFYs are left today.</summary>
internal sealed class GatewayBotUrlSource(DiscordRestClient rest, ILogger<GatewayBotUrlSource> logger) : IGatewayUrlSource
{
    private Uri? cached;

    public async Task<Uri> GetAsync(CancellationToken cancellationToken)
    {
        if (cached is not null)
        {
            return cached;
        }

        var response = await rest.SendAsync(DiscordRoute.GatewayBot(), null, cancellationToken);
        if (response.Status == 401)
        {
            throw new DiscordFatalException("Discord rejected the bot token (HTTP 401). Check Discord:BotToken.");
        }

        if (!response.IsSuccess || response.GetString("url") is not { } url)
        {
            throw new DiscordUnavailableException($"GET /gateway/bot failed: {response.Describe()}.");
        }

        if (response.Body is { } body && body.TryGetProperty("session_start_limit", out var limit)
            && limit.TryGetProperty("remaining", out var remaining) && remaining.GetInt32() < 10)
        {
            logger.FewIdentifiesLeft(remaining.GetInt32());
        }

        cached = new Uri(url);
        return cached;
    }
}
