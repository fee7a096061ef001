using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Ports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InterviewCoachBot.Adapters.Telegram;

/// <summary>
/// Replies committed to the outbox but not yet shown: left by a crash (sent at start) or by a send that failed after every
/// retry (sent again once Telegram answers a poll, after a backoff when the resend failed too).
/// </summary>
internal sealed class OutboxLeftovers(
    IDeliveryLog deliveries,
    TelegramMessenger messenger,
    TimeProvider time,
    IOptions<TelegramOptions> options,
    ILogger<OutboxLeftovers> logger)
{
    private readonly Lock gate = new();

    // Per chat: turns running now, and the stamp of the last one that began or ended. A turn's replies are undelivered between
    // its commit and their send, so a resend must leave its chat alone or it would show them twice; that includes a turn that
    // ended after the list was read, since the rows listed as undelivered may have been delivered by it meanwhile.
    private readonly Dictionary<string, (int Running, long LastChanged)> turns = new(StringComparer.Ordinal);
    private long stamp;
    private volatile bool pending = true;

    // Rounds in a row in which a leftover failed again, and when the next round may start: a reply Telegram keeps
    // failing is retried ever more slowly instead of on every poll, but never left until the next start.
    private int failedRounds;
    private DateTimeOffset nextRound = DateTimeOffset.MinValue;

    /// <summary>True from start-up, and after a reply could not be sent, once its backoff has passed.</summary>
    public bool Pending => pending && time.GetUtcNow() >= nextRound;

    /// <summary>Marks a reply done when it arrived, can never arrive or was refused for good; a passing failure leaves it for the next round.</summary>
    public async Task RecordAsync(Delivery delivery, SendResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        if (result is SendResult.Failed)
        {
            pending = true;
            logger.DeliveryLeftInOutbox(delivery.OutboxId);
            return;
        }

        // Telegram has shown it: record that even when a stop came meanwhile, or the next start would send it again.
        await deliveries.MarkDeliveredAsync(delivery.OutboxId, time.GetUtcNow(), CancellationToken.None);
    }

    /// <summary>Sends every undelivered Telegram reply, oldest first.</summary>
    /// <remarks>What fails here is tried again after a backoff that grows with each failed round.</remarks>
    public async Task SendAsync(CancellationToken cancellationToken)
    {
        pending = false;
        long listedAfter;
        lock (gate)
        {
            listedAfter = stamp;
        }

        var leftovers = await deliveries.ListUndeliveredAsync(TelegramPlatform.Name, cancellationToken);
        var failed = false;
        foreach (var delivery in leftovers)
        {
            if (!QuietSince(delivery.ChatId, listedAfter))
            {
                // Its turn may still send it; if not, it is left again and the next poll tries.
                pending = true;
                continue;
            }

            var result = await messenger.SendAsync(delivery.ChatId, delivery.Reply, cancellationToken);
            failed |= result is SendResult.Failed;
            await RecordAsync(delivery, result, cancellationToken);
        }

        failedRounds = failed ? failedRounds + 1 : 0;
        nextRound = failed ? time.GetUtcNow() + Backoff.Delay(failedRounds, options.Value.RetryBaseDelay, options.Value.RetryMaxDelay) : DateTimeOffset.MinValue;
        if (leftovers.Count > 0)
        {
            logger.LeftoversSent(leftovers.Count);
        }
    }

    /// <summary>Marks a turn of this chat as running (engine, send, record) until disposed.</summary>
    public IDisposable BeginTurn(string chatId)
    {
        lock (gate)
        {
            var running = turns.GetValueOrDefault(chatId).Running;
            turns[chatId] = (running + 1, ++stamp);
        }

        return new TurnScope(this, chatId);
    }

    private void EndTurn(string chatId)
    {
        lock (gate)
        {
            var (running, _) = turns[chatId];
            turns[chatId] = (running - 1, ++stamp);
        }
    }

    /// <summary>No turn of the chat runs now, and none began or ended since the undelivered rows were listed.</summary>
    private bool QuietSince(string chatId, long listedAfter)
    {
        lock (gate)
        {
            return !turns.TryGetValue(chatId, out var chat) || (chat.Running == 0 && chat.LastChanged <= listedAfter);
        }
    }

    private sealed class TurnScope(OutboxLeftovers owner, string chatId) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                owner.EndTurn(chatId);
            }
        }
    }
}
