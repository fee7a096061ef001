namespace InterviewCoachBot.Chaos.Tests;

/// <summary>One nudge of a chaos user as the database holds it.</summary>
internal sealed record NudgeRow(string Platform, string User, string Company, string Rule, string Status, DateTimeOffset DueAt, bool Late)
{
    /// <summary>What its message says: "NUDGE r3 Nudge-T7001".</summary>
    public string Text => $"NUDGE {Rule} {Company}";
}
