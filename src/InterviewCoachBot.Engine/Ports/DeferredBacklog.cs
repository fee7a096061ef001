using InterviewCoachBot.Engine.Messages;

namespace InterviewCoachBot.Engine.Ports;

/// <summary>How many deferred messages of one user wait to be applied.</summary>
public sealed record DeferredBacklog(UserRef User, int Count);
