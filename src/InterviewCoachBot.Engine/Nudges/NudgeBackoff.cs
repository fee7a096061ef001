namespace InterviewCoachBot.Engine.Nudges;

/// <summary>Exponential backoff with full jitter for failed sends, never shorter than what the platform asked for.</summary>
public static class NudgeBackoff
{
    /// <param name="attempts">Sends tried so far (1 after the first failure).</param>
    /// <param name="jitter">A number in [0, 1); the delay is spread between half and all of the exponential step.</param>
    public static TimeSpan Delay(int attempts, TimeSpan baseDelay, TimeSpan maxDelay, TimeSpan? retryAfter, double jitter)
    {
        var exponent = Math.Clamp(attempts - 1, 0, 20);
        var step = Math.Min(baseDelay.TotalMilliseconds * Math.Pow(2, exponent), maxDelay.TotalMilliseconds);
        var delay = TimeSpan.FromMilliseconds(step * (0.5 + (jitter / 2)));
        return retryAfter is { } asked && asked > delay ? asked : delay;
    }
}
