using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Ports;

namespace InterviewCoachBot.Adapters.Telegram.Tests;

/// <summary>An outbox whose storage fails on every call, as a locked or corrupt database file would.</summary>
internal sealed class BrokenDeliveryLog : IDeliveryLog
{
    public Task MarkDeliveredAsync(long outboxId, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("Injected storage failure for a test.");

    public Task<IReadOnlyList<Delivery>> ListUndeliveredAsync(string platform, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("Injected storage failure for a test.");
}
