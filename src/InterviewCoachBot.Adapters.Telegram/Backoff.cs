namespace InterviewCoachBot.Adapters.Telegram;

/// <summary>Exponential backoff with "equal jitter": half the step fixed, half random, capped.</summary>
internal static class Backoff
{
    public static TimeSpan Delay(int attempt, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        var step = baseDelay.TotalMilliseconds * Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        var capped = Math.Min(step, maxDelay.TotalMilliseconds);
#pragma warning disable CA5394 // Jitter only spreads retries; it needs no cryptographic randomness.
        var jittered = (capped / 2) + (Random.Shared.NextDouble() * capped / 2);
#pragma warning restore CA5394
        return TimeSpan.FromMilliseconds(Math.Max(1, jittered));
    }
}
