namespace InterviewCoachBot.Adapters.Discord.Gateway;

/// <summary>Randomness for the first heartbeat, the invalid-session wait and reconnect backoff; tests seed it.</summary>
public sealed class GatewayJitter(Random random)
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(60);
    private readonly Lock gate = new();

    public GatewayJitter()
        : this(Random.Shared)
    {
    }

    /// <summary>A fraction in [0, 1).</summary>
    public double NextFraction()
    {
        lock (gate)
        {
            return random.NextDouble();
        }
    }

    /// <summary>Discord's advice before IDENTIFY after an invalid session: a random 1–5 s.</summary>
    public TimeSpan InvalidSessionWait() => TimeSpan.FromSeconds(1 + (4 * NextFraction()));

    /// <summary>None after a healthy connection; then 1 s doubling, ±25 %, capped at 60 s.</summary>
    public TimeSpan Backoff(int consecutiveFailures)
    {
        if (consecutiveFailures <= 0)
        {
            return TimeSpan.Zero;
        }

        var seconds = Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, Math.Min(consecutiveFailures - 1, 10)));
        return TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, seconds * (0.75 + (0.5 * NextFraction()))));
    }
}
