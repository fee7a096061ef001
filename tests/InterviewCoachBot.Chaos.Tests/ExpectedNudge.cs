namespace InterviewCoachBot.Chaos.Tests;

/// <summary>A nudge the run must deliver exactly once: rule <paramref name="Rule"/> of the user's interview at <paramref name="Company"/>.</summary>
internal sealed record ExpectedNudge(string Platform, string User, string Company, string Rule)
{
    /// <summary>What its message says: "NUDGE r3 Nudge-T7001".</summary>
    public string Text => $"NUDGE {Rule} {Company}";
}
