namespace InterviewCoachBot.Emulators.Discord;

/// <summary>
/// The request is read, held unanswered for <paramref name="Hold"/>, then the connection is reset; it never took effect.
/// What a client sees when Discord (or Cloudflare in front of it) stops answering: a timeout, not a status.
/// </summary>
public sealed record TimeoutFault(TimeSpan Hold) : RestFault;
