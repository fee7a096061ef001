namespace InterviewCoachBot.Engine.Messages;

/// <summary>A person as one platform knows them.</summary>
/// <param name="Platform">"console", "telegram" or "discord".</param>
/// <param name="ExternalId">The platform's id for the person (a user name on the console).</param>
public sealed record UserRef(string Platform, string ExternalId);
