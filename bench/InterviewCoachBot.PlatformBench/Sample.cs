namespace InterviewCoachBot.PlatformBench;

/// <summary>What one scenario measured: how many were answered, over how long, and each one's latency.</summary>
internal sealed record Sample(int Count, TimeSpan Elapsed, IReadOnlyList<TimeSpan> Latencies, int Missed = 0)
{
    public double PerSecond => Count / Elapsed.TotalSeconds;

    public double P50Ms => Percentile(0.50);

    public double P99Ms => Percentile(0.99);

    /// <summary>Nearest rank: the smallest latency that at least <paramref name="fraction"/> of them do not exceed.</summary>
    private double Percentile(double fraction)
    {
        var sorted = Latencies.Order().ToList();
        var rank = (int)Math.Ceiling(fraction * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)].TotalMilliseconds;
    }
}
