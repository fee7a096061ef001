using InterviewCoachBot.Engine.Messages;

namespace InterviewCoachBot.Engine.Ports;

/// <summary>Outside any handler transaction: what is still to be sent, and marking it sent.</summary>
public interface IDeliveryLog
{
    Task MarkDeliveredAsync(long outboxId, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Messages of one platform committed but never marked delivered (for example after a crash), oldest first.</summary>
    Task<IReadOnlyList<Delivery>> ListUndeliveredAsync(string platform, CancellationToken cancellationToken = default);
}
