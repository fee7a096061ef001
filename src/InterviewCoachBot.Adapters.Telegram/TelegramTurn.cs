using System.Globalization;
using System.Text.Json;
using InterviewCoachBot.Engine;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Pacing;
using InterviewCoachBot.Engine.Ports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace InterviewCoachBot.Adapters.Telegram;

/// <summary>
/// Applies one update through the engine (retried with backoff) and delivers the replies, now (from the poll loop) or
/// when a deferred update's turn comes (its <see cref="IDeferredInboundHandler"/>). An update that fails every attempt is
/// parked and the user gets a short apology, so one bad update never blocks the ones behind it.
/// </summary>
/// <remarks>A deferred update keeps the whole <see cref="Update"/> as its context: the pressed message, and what is parked.</remarks>
internal sealed class TelegramTurn(
    ConversationEngine engine,
    TelegramMessenger messenger,
    OutboxLeftovers leftovers,
    IParkedUpdateStore parked,
    TimeProvider time,
    IOptions<TelegramOptions> options,
    ILogger<TelegramTurn> logger) : IDeferredInboundHandler
{
    private TelegramOptions Settings => options.Value;

    public string Platform => TelegramPlatform.Name;

    public static string Context(Update update) => JsonSerializer.Serialize(update, JsonBotAPI.Options);

    public Task ApplyAsync(DeferredInbound deferred, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deferred);
        var update = JsonSerializer.Deserialize<Update>(deferred.Context, JsonBotAPI.Options)
            ?? throw new InvalidDataException("A deferred Telegram update has no update in its context.");
        // The stored inbound keeps no name; the update it came from still has it.
        var inbound = deferred.Inbound with { DisplayName = UpdateMapper.DisplayNameOf(update) };
        return RunAsync(update, inbound, update.CallbackQuery?.Message?.MessageId, cancellationToken);
    }

    public Task SlowDownAsync(DeferredInbound first, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(first);
        return messenger.SendAsync(first.Inbound.ChatId, new Reply(InboundPacer.SlowDown), cancellationToken);
    }

    /// <param name="pressedMessageId">The message whose button led here; a reply that replaces it edits it in place.</param>
    public async Task RunAsync(Update update, Inbound inbound, int? pressedMessageId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        ArgumentNullException.ThrowIfNull(inbound);
        using var turn = leftovers.BeginTurn(inbound.ChatId);
        var replies = await ApplyAsync(update, inbound, cancellationToken);
        if (replies is null)
        {
            await messenger.SendAsync(inbound.ChatId, new Reply(TelegramUpdateHandler.Apology), cancellationToken);
            return;
        }

        foreach (var delivery in replies)
        {
            var result = await messenger.DeliverAsync(delivery.ChatId, delivery.Reply, pressedMessageId, cancellationToken);
            if (delivery.Reply.ReplacesPressedMessage)
            {
                pressedMessageId = null;
            }

            await leftovers.RecordAsync(delivery, result, cancellationToken);
        }
    }

    /// <returns>The replies, or null when every attempt failed and the update was parked.</returns>
    private async Task<IReadOnlyList<Delivery>?> ApplyAsync(Update update, Inbound inbound, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await engine.HandleAsync(inbound, cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                logger.HandlingFailed(update.Id, attempt, Settings.HandlerAttempts, ex);
                if (attempt >= Settings.HandlerAttempts)
                {
                    var reason = string.Create(CultureInfo.InvariantCulture, $"{ex.GetType().FullName}: {ex.Message}");
                    await parked.ParkAsync(inbound.User, inbound.DedupeKey, Context(update), reason, time.GetUtcNow(), cancellationToken);
                    logger.UpdateParked(update.Id, attempt);
                    return null;
                }
            }

            await Task.Delay(Backoff.Delay(attempt, Settings.RetryBaseDelay, Settings.RetryMaxDelay), time, cancellationToken);
        }
    }
}
