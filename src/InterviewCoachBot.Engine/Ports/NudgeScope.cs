namespace InterviewCoachBot.Engine.Ports;

/// <summary>Whose nudges one dispatcher may claim: a platform, optionally only some of its users (the console user).</summary>
/// <param name="ExternalUserIds">Null for every user of the platform.</param>
public sealed record NudgeScope(string Platform, IReadOnlyList<string>? ExternalUserIds = null);
