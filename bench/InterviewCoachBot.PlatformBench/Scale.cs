namespace InterviewCoachBot.PlatformBench;

/// <summary>How big each scenario is: the sizes, or tiny ones for the CI smoke run (seconds, no thresholds).</summary>
internal sealed record Scale(int Runs, int BurstUsers, int BurstUpdates, int InteractionBurst, int PacedChats, int PacedPerSecond, TimeSpan PacedDuration)
{
    public static Scale Full { get; } = new(3, 200, 2_000, 1_000, 50, 50, TimeSpan.FromSeconds(20));

    public static Scale Smoke { get; } = new(1, 10, 50, 50, 5, 10, TimeSpan.FromSeconds(2));
}
