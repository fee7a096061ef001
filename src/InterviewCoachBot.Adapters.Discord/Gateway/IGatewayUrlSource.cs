namespace InterviewCoachBot.Adapters.Discord.Gateway;

/// <summary>Where to IDENTIFY and how many IDENTIFYs are left: <c>GET /gateway/bot</c>, asked before each IDENTIFY.</summary>
public interface IGatewayUrlSource
{
    Task<GatewayBot> GetAsync(CancellationToken cancellationToken);
}

/// <summary>The gateway URL and the <c>session_start_limit</c> (null when Discord sent none).</summary>
public sealed record GatewayBot(Uri Url, SessionStartLimit? Limit);

/// <summary>IDENTIFYs left in the current window, and when the window resets.</summary>
public sealed record SessionStartLimit(int Remaining, TimeSpan ResetAfter);
