namespace InterviewCoachBot.Engine.Ports;

/// <summary>How a send ended, in terms the caller can act on.</summary>
public abstract record SendResult
{
    private SendResult()
    {
    }

    /// <summary>The platform accepted the message.</summary>
    public sealed record Sent : SendResult;

    /// <summary>The user cannot be reached (blocked the bot, closed DMs); retrying will not help.</summary>
    public sealed record Unreachable(string Reason) : SendResult;

    /// <summary>The platform refused this message itself (a bad request): sending it again is refused again, but the user may still be reachable.</summary>
    public sealed record Refused(string Reason) : SendResult;

    /// <summary>A passing failure (rate limit, server error, timeout); try again, not before <paramref name="RetryAfter"/> if given.</summary>
    public sealed record Failed(string Reason, TimeSpan? RetryAfter = null) : SendResult;
}
