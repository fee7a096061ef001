using InterviewCoachBot.Engine.Content;

namespace InterviewCoachBot.Engine.Nudges;

/// <summary>One line of <c>nudges.yaml</c>: which nudge an interview gets, when, until when, and what it says.</summary>
/// <param name="ExpiresAt">The anchor after which the nudge is pointless; or null with <paramref name="ExpiresAfter"/>.</param>
/// <param name="ExpiresAfter">How long after its own time the nudge still makes sense.</param>
/// <param name="DoneCommand">The command line (with <c>{number}</c>) the "done" button runs.</param>
public sealed record NudgeRule(
    string Key,
    string Title,
    NudgeAnchor Anchor,
    NudgeTiming Timing,
    NudgeAnchor? ExpiresAt,
    TimeSpan? ExpiresAfter,
    IReadOnlyList<NudgeCondition> Conditions,
    Template Text,
    string DoneLabel,
    Template DoneCommand);
