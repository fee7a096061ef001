using System.Globalization;
using System.Text.Json;
using InterviewCoachBot.Engine;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Ports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace InterviewCoachBot.Adapters.Telegram;

/// <summary>
/// One update end to end: a button press is answered at once and checked; the engine applies the update in one
/// transaction (retried with backoff); the replies are sent and marked delivered. An update that fails every attempt is
/// parked and the user gets a short apology, so one bad update never blocks the ones behind it.
/// </summary>
internal sealed class TelegramUpdateHandler(
    ConversationEngine engine,
    TelegramMessenger messenger,
    OutboxLeftovers leftovers,
    IParkedUpdateStore parked,
    CallbackDataCodec callbackData,
    TelegramClientSource clients,
    TimeProvider time,
    IOptions<TelegramOptions> options,
    ILogger<TelegramUpdateHandler> logger)
{
    public const string Apology =
        "Sorry, something went wrong on my side and I couldn't handle your last message. Please try again in a moment.";

    private TelegramOptions Settings => options.Value;

    public async Task HandleAsync(Update update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        var (inbound, pressedMessageId) = await ToInboundAsync(update, cancellationToken);
        if (inbound is null)
        {
            return;
        }

        var replies = await ApplyAsync(update, inbound, cancellationToken);
        if (replies is null)
        {
            await messenger.SendAsync(inbound.ChatId, new Reply(Apology), cancellationToken);
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

    private async Task<(Inbound? Inbound, int? PressedMessageId)> ToInboundAsync(Update update, CancellationToken cancellationToken)
    {
        switch (update)
        {
            case { CallbackQuery: { } query }:
                var verdict = await callbackData.DecodeAsync(query.From.Id, query.Data, cancellationToken);
                await AnswerAsync(update, query, verdict.Refusal, cancellationToken);
                if (verdict.Data is null)
                {
                    logger.ButtonRefused(update.Id, verdict == CallbackVerdict.NotYours ? "not the owner" : "unknown or expired data");
                    return (null, null);
                }

                return (UpdateMapper.FromButton(update, query, verdict.Data), query.Message?.MessageId);
            case { MyChatMember: { Chat.Type: ChatType.Private } member }:
                var change = member.NewChatMember.Status is ChatMemberStatus.Kicked ? "blocked" : "unblocked";
                logger.MemberChanged(member.From.Id, change);
                return (null, null);
            default:
                var inbound = UpdateMapper.FromMessage(update);
                if (inbound is null)
                {
                    var type = update.Type.ToString();
                    logger.UpdateSkipped(update.Id, type);
                }

                return (inbound, null);
        }
    }

    /// <summary>Clients show a spinner until the press is answered, and late answers fail: answer before any work.</summary>
    private async Task AnswerAsync(Update update, CallbackQuery query, string? text, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(Settings.RequestTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await clients.Client.AnswerCallbackQuery(query.Id, text, showAlert: false, cancellationToken: linked.Token);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // A replayed press after a restart is too old to answer; the work still has to happen.
            logger.CallbackAnswerFailed(update.Id, ex);
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
                    var payload = JsonSerializer.Serialize(update, JsonBotAPI.Options);
                    var reason = string.Create(CultureInfo.InvariantCulture, $"{ex.GetType().FullName}: {ex.Message}");
                    await parked.ParkAsync(inbound.User, inbound.DedupeKey, payload, reason, time.GetUtcNow(), cancellationToken);
                    logger.UpdateParked(update.Id, attempt);
                    return null;
                }
            }

            await Task.Delay(Backoff.Delay(attempt, Settings.RetryBaseDelay, Settings.RetryMaxDelay), time, cancellationToken);
        }
    }
}
