using System.ComponentModel.DataAnnotations;

namespace InterviewCoachBot.Engine.Pacing;

/// <summary>
/// Per-user abuse limit (section <c>RateLimit</c>): a token bucket per user. Messages beyond it are not dropped; they wait
/// their turn, in order, while everyone else is answered as usual.
/// </summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimit";

    /// <summary>Messages (and button presses) one user may send back to back before being paced.</summary>
    [Range(1, 1000)]
    public int Burst { get; set; } = 20;

    /// <summary>How many of a user's messages are taken in per minute once the burst is spent.</summary>
    [Range(1, 60_000)]
    public int MessagesPerMinute { get; set; } = 60;

    /// <summary>At most this many users' waiting messages are applied at the same time.</summary>
    [Range(1, 64)]
    public int ConcurrentUsers { get; set; } = 4;
}
