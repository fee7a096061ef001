namespace InterviewCoachBot.Engine.Nudges;

/// <summary>A snooze button: a delay, or (when <paramref name="After"/> is null) tomorrow morning.</summary>
public sealed record NudgeSnoozeChoice(string Label, TimeSpan? After);
