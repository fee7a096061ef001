namespace InterviewCoachBot.Adapters.Discord.Rest;

/// <summary>
/// Discord's invalid request limit: an IP with 10,000 answers of 401, 403 or 429 (other than <c>X-RateLimit-Scope: shared</c>)
/// in 10 minutes is banned for a while (rate-limits.mdx, "Invalid Request Limit"). Past half of that, every request waits
/// until the oldest counted answer has left the window, so the bot slows down long before the ban.
/// </summary>
internal sealed class InvalidRequestBudget(TimeProvider time)
{
    public const int SlowDownAt = 5_000;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private readonly Queue<DateTimeOffset> counted = new();
    private readonly Lock gate = new();

    /// <summary>Counts one invalid answer; true when this one reached <see cref="SlowDownAt"/> (worth one warning).</summary>
    public bool Record()
    {
        lock (gate)
        {
            Expire();
            counted.Enqueue(time.GetUtcNow());
            return counted.Count == SlowDownAt;
        }
    }

    /// <summary>How long the next request should wait; zero while under <see cref="SlowDownAt"/>.</summary>
    public TimeSpan Wait()
    {
        lock (gate)
        {
            Expire();
            return counted.Count < SlowDownAt ? TimeSpan.Zero : counted.Peek() + Window - time.GetUtcNow();
        }
    }

    private void Expire()
    {
        var now = time.GetUtcNow();
        while (counted.TryPeek(out var oldest) && now - oldest >= Window)
        {
            counted.Dequeue();
        }
    }
}
