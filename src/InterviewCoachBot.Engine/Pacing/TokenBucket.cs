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

    /// <summary>How long until one token is there (zero when it is there now).</summary>
    public TimeSpan WaitForOne(DateTimeOffset now) => WaitFor(1, now);

    /// <summary>How long until the bucket holds <paramref name="level"/> tokens (which may be below zero: a debt).</summary>
    public TimeSpan WaitFor(double level, DateTimeOffset now)
    {
        Refill(now);
        return Tokens >= level ? TimeSpan.Zero : TimeSpan.FromSeconds(Math.Ceiling((level - Tokens) / perSecond * 1000) / 1000);
    }

    /// <summary>Takes one token, going into debt when there is none (the debt is paid back as the bucket refills).</summary>
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
