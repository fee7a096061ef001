using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Pacing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace InterviewCoachBot.Adapters.Telegram;

/// <summary>
/// One update as it arrives: a button press is answered at once and checked, then the update is taken in through the
/// per-user <see cref="InboundPacer"/>. Within the user's rate limit it is applied now (<see cref="TelegramTurn"/>);
/// beyond it, or while the user's chat is being paced, it is stored and applied in its turn by the user's lane, so the
/// poll loop moves on to other users at once.
/// </summary>
internal sealed class TelegramUpdateHandler(
    InboundPacer pacer,
    TelegramTurn turn,
    TelegramMessenger messenger,
    BlockedUsers blocked,
    SendPacer sends,
    CallbackDataCodec callbackData,
    TelegramClientSource clients,
    TimeProvider time,
    IOptions<TelegramOptions> options,
    ILogger<TelegramUpdateHandler> logger)
{
    public const string Apology =
        "Sorry, something went wrong on my side and I couldn't handle your last message. Please try again in a moment.";

    public const string OnlyText = "I can only read text messages. Please type your answer.";

    public const string NoEdits = "I don't see edits. Please send the corrected text as a new message.";

    public const string PrivateOnly = "I only work in private chats. Open a chat with me to prepare for your interviews.";

    private TelegramOptions Settings => options.Value;

    /// <remarks>Returns once the update is applied or durably deferred: only then may its offset be confirmed.</remarks>
    public async Task HandleAsync(Update update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        var (inbound, pressedMessageId) = await ToInboundAsync(update, cancellationToken);
        if (inbound is null)
        {
            return;
        }

        // Replying into a chat that is still being paced would hold this loop, and every other user with it: such an
        // update waits in its user's lane instead.
        var busy = !sends.IsIdle(inbound.ChatId);
        using var admission = await pacer.TakeInAsync(inbound, TelegramTurn.Context(update), busy, cancellationToken);
        if (!admission.IsDeferred)
        {
            await turn.RunAsync(update, inbound, pressedMessageId, cancellationToken);
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
                var kicked = member.NewChatMember.Status is ChatMemberStatus.Kicked;
                logger.MemberChanged(member.From.Id, kicked ? "blocked" : "unblocked");
                if (kicked)
                {
                    await blocked.PauseRemindersAsync(member.From.Id, cancellationToken);
                }

                return (null, null);
            case { MyChatMember: { Chat.Type: ChatType.Group or ChatType.Supergroup, NewChatMember.Status: ChatMemberStatus.Member or ChatMemberStatus.Administrator } joined }:
                // Said once, when added: messages in groups are ignored, so silence would look broken.
                await messenger.SendAsync(joined.Chat.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), new Reply(PrivateOnly), cancellationToken);
                return (null, null);
            default:
                var inbound = UpdateMapper.FromMessage(update);
                if (inbound is null && Hint(update) is { } hint)
                {
                    // Silence after a sticker, a photo, a voice note or an edit looks like a hang, above all mid-wizard.
                    await messenger.SendAsync(hint.ChatId, new Reply(hint.Text), cancellationToken);
                }
                else if (inbound is null)
                {
                    var type = update.Type.ToString();
                    logger.UpdateSkipped(update.Id, type);
                }

                return (inbound, null);
        }
    }

    /// <summary>What to tell a person whose private message the engine cannot read; null for anything else (service messages).</summary>
    private static (string ChatId, string Text)? Hint(Update update) => update switch
    {
        { EditedMessage: { From.IsBot: false, Chat.Type: ChatType.Private } edited } => (UpdateMapper.ChatId(edited), NoEdits),
        { Message: { Text: null, From.IsBot: false, Chat.Type: ChatType.Private } message } when message.Type is
            MessageType.Sticker or MessageType.Photo or MessageType.Voice or MessageType.Video or MessageType.VideoNote
            or MessageType.Audio or MessageType.Document or MessageType.Animation => (UpdateMapper.ChatId(message), OnlyText),
        _ => null,
    };

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
}
