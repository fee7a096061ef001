namespace InterviewCoachBot.Engine.Ports;

/// <summary>A due nudge the dispatcher holds a lease on, with who it is for.</summary>
public sealed record ClaimedNudge(
    long Id,
    long UserId,
    string Platform,
    string ExternalUserId,
    int InterviewNumber,
    string Rule,
    DateTimeOffset Anchor,
    DateTimeOffset DueAt,
    DateTimeOffset ExpiresAt,
    int Attempts);
