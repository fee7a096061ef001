using InterviewCoachBot.Engine.Messages;

namespace InterviewCoachBot.Engine.Ports;

/// <summary>A message taken in but not yet applied, because its user was sending faster than their rate limit.</summary>
/// <param name="Id">Order of arrival; a user's messages are applied in this order.</param>
/// <param name="Context">What the adapter needs to answer it later (opaque to the engine), such as the pressed message.</param>
public sealed record DeferredInbound(long Id, Inbound Inbound, string Context);
