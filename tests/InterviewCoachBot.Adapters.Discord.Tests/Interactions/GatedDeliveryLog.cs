using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Ports;

namespace InterviewCoachBot.Adapters.Discord.Tests.Interactions;

/// <summary>
/// A delivery log that holds every "delivered" mark until the test opens the gate, and tells the test when the first mark
/// arrived: the moment after Discord accepted an answer and before the bot recorded it.
/// </summary>
internal sealed class GatedDeliveryLog(IDeliveryLog inner, TaskCompletionSource reached, Task gate) : IDeliveryLog
{
    public async Task MarkDeliveredAsync(long outboxId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        reached.TrySetResult();
        await gate;
        await inner.MarkDeliveredAsync(outboxId, now, cancellationToken);
    }

    public Task<IReadOnlyList<Delivery>> ListUndeliveredAsync(string platform, CancellationToken cancellationToken = default) =>
        inner.ListUndeliveredAsync(platform, cancellationToken);
}
