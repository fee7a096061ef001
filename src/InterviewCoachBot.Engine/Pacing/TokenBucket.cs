namespace InterviewCoachBot.Engine.Pacing;

/// <summary>
/// A token bucket read from the caller's clock (<see cref="TimeProvider"/>), so fake time drives it in tests.
/// System.Threading.RateLimiting's limiters refill on their own timer and <c>Stopwatch</c>, with no way to inject a clock.
/// </summary>
/// <remarks>Not thread-safe: callers hold their own lock.</remarks>
public sealed class TokenBucket(double perSecond, double capacity, DateTimeOffset now)
{
    private readonly double capacity = capacity;
    private DateTimeOffset refilledAt = now;

    public double Tokens { get; private set; } = capacity;

    /// <summary>Takes one token if there is one; otherwise returns how long until there is one (and takes nothing).</summary>
    public TimeSpan TryTake(DateTimeOffset now)
    {
        var wait = WaitForOne(now);
        if (wait == TimeSpan.Zero)
        {
            Take();
        }

        return wait;
    }

    /// <summary>How long until one token is there (zero when it is there now).</summary>
    public TimeSpan WaitForOne(DateTimeOffset now)
    {
        Refill(now);
        return Tokens >= 1 ? TimeSpan.Zero : TimeSpan.FromSeconds(Math.Ceiling((1 - Tokens) / perSecond * 1000) / 1000);
    }

    /// <summary>Takes one token; call after <see cref="WaitForOne"/> said there is one.</summary>
    public void Take() => Tokens -= 1;

    public bool IsFull(DateTimeOffset now)
    {
        Refill(now);
        return Tokens >= capacity;
    }

    private void Refill(DateTimeOffset now)
    {
        if (now > refilledAt)
        {
            Tokens = Math.Min(capacity, Tokens + ((now - refilledAt).TotalSeconds * perSecond));
            refilledAt = now;
        }
    }
}
