namespace InterviewCoachBot.Engine.Messages;

/// <summary>A reply that was committed to the outbox and now has to reach the user's chat.</summary>
/// <param name="OutboxId">Mark this id delivered once the platform accepted the message.</param>
public sealed record Delivery(long OutboxId, string ChatId, Reply Reply);
