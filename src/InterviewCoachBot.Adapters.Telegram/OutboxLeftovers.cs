using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Ports;
using Microsoft.Extensions.Logging;

namespace InterviewCoachBot.Adapters.Telegram;

/// <summary>
/// Replies committed to the outbox but not yet shown: left by a crash (sent at start) or by a send that failed after every
/// retry (sent again once Telegram answers a poll).
/// </summary>
internal sealed class OutboxLeftovers(IDeliveryLog deliveries, TelegramMessenger messenger, TimeProvider time, ILogger<OutboxLeftovers> logger)
{
    private volatile bool pending = true;

    /// <summary>True from start-up, and after a reply could not be sent.</summary>
    public bool Pending => pending;

    /// <summary>Marks a reply done when it arrived or can never arrive; a passing failure leaves it for later.</summary>
    public Task RecordAsync(Delivery delivery, SendResult result, CancellationToken cancellationToken) =>
        RecordAsync(delivery, result, retrySoon: true, cancellationToken);

    /// <summary>Sends every undelivered Telegram reply, oldest first.</summary>
    /// <remarks>What fails here waits for the next failure or the next start, so a reply Telegram always refuses can't loop.</remarks>
    public async Task SendAsync(CancellationToken cancellationToken)
    {
        pending = false;
        var leftovers = await deliveries.ListUndeliveredAsync(TelegramPlatform.Name, cancellationToken);
        foreach (var delivery in leftovers)
        {
            var result = await messenger.SendAsync(delivery.ChatId, delivery.Reply, cancellationToken);
            await RecordAsync(delivery, result, retrySoon: false, cancellationToken);
        }

        if (leftovers.Count > 0)
        {
            logger.LeftoversSent(leftovers.Count);
        }
    }

    private async Task RecordAsync(Delivery delivery, SendResult result, bool retrySoon, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        if (result is SendResult.Failed)
        {
            pending |= retrySoon;
            logger.DeliveryLeftInOutbox(delivery.OutboxId);
            return;
        }

        // Telegram has shown it: record that even when a stop came meanwhile, or the next start would send it again.
        await deliveries.MarkDeliveredAsync(delivery.OutboxId, time.GetUtcNow(), CancellationToken.None);
    }
}
