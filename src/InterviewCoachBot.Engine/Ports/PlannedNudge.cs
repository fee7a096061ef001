namespace InterviewCoachBot.Engine.Ports;

/// <summary>A nudge that should exist, as the planner computed it.</summary>
/// <remarks>(<see cref="InterviewNumber"/>, <see cref="Rule"/>, <see cref="Anchor"/>) is its identity: planning again yields the same one.</remarks>
/// <param name="Anchor">The instant the rule counted from (the interview, the call, ...); a moved call is a new nudge.</param>
/// <param name="DueAt">When to send it, already moved out of quiet hours.</param>
/// <param name="ExpiresAt">After this it is pointless: an overdue nudge is then skipped, not sent late.</param>
public sealed record PlannedNudge(int InterviewNumber, string Rule, DateTimeOffset Anchor, DateTimeOffset DueAt, DateTimeOffset ExpiresAt);
