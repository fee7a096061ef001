namespace InterviewCoachBot.Adapters.Discord.Gateway;

/// <summary>Where to IDENTIFY: the <c>url</c> of <c>GET /gateway/bot</c>, fetched once and cached.</summary>
public interface IGatewayUrlSource
{
    Task<Uri> GetAsync(CancellationToken cancellationToken);
}
