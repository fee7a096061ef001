using System.Globalization;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Ports;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace InterviewCoachBot.Adapters.Telegram;

/// <summary>
/// Shows engine replies in Telegram private chats: escaped HTML, inline keyboards, parts of at most 4096 characters,
/// documents, and edits of the pressed message. Every call goes through <see cref="TelegramCall"/> (pacing, 429, retries).
/// </summary>
/// <remarks>In a private chat the chat id is the user's id, so it is also the owner stamped on every button.</remarks>
internal sealed class TelegramMessenger(
    TelegramClientSource clients,
    TelegramCall calls,
    CallbackDataCodec callbackData,
    ILogger<TelegramMessenger> logger) : IMessenger
{
    public string Platform => TelegramPlatform.Name;

    public Task<SendResult> SendAsync(string chatId, Reply reply, CancellationToken cancellationToken = default) =>
        DeliverAsync(chatId, reply, pressedMessageId: null, cancellationToken);

    public Task<SendResult> SendDirectAsync(string externalUserId, Reply reply, CancellationToken cancellationToken = default) =>
        DeliverAsync(externalUserId, reply, pressedMessageId: null, cancellationToken);

    /// <param name="pressedMessageId">The message whose button led to this reply; edited in place when the reply replaces it.</param>
    /// <remarks>
    /// Never throws but for cancellation: a failure <see cref="TelegramFailure"/> does not recognise is a failed send too, so
    /// the reply stays in the outbox and goes out again after the next poll instead of waiting for a restart.
    /// </remarks>
    internal async Task<SendResult> DeliverAsync(string chatId, Reply reply, int? pressedMessageId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(chatId);
        ArgumentNullException.ThrowIfNull(reply);
        try
        {
            return await DeliverOnceAsync(chatId, reply, pressedMessageId, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.SendCrashed(chatId, ex);
            return new SendResult.Failed(ex.GetType().Name);
        }
    }

    private async Task<SendResult> DeliverOnceAsync(string chatId, Reply reply, int? pressedMessageId, CancellationToken cancellationToken)
    {
        if (!long.TryParse(chatId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var chat))
        {
            return new SendResult.Failed($"'{chatId}' is not a Telegram chat id");
        }

        var keyboard = await KeyboardAsync(chat, reply.Buttons, cancellationToken);
        var parts = string.IsNullOrWhiteSpace(reply.Text) && reply.Document is not null ? [] : TelegramText.Split(reply.Text);
        if (reply.ReplacesPressedMessage && pressedMessageId is { } pressed && parts.Count == 1 && reply.Document is null
            && await TryEditAsync(chatId, chat, pressed, parts[0], keyboard, cancellationToken))
        {
            return new SendResult.Sent();
        }

        for (var i = 0; i < parts.Count; i++)
        {
            var html = TelegramText.EscapeHtml(parts[i]);
            var markup = i == parts.Count - 1 ? keyboard : null;
            var (_, failure) = await calls.RunAsync(
                "sendMessage",
                chatId,
                token => clients.Client.SendMessage(chat, html, ParseMode.Html, replyMarkup: markup, linkPreviewOptions: LinkPreviewOptions.Disabled, cancellationToken: token),
                cancellationToken);
            if (failure is not null)
            {
                return ToResult(failure);
            }
        }

        return reply.Document is { } document ? await SendDocumentAsync(chatId, chat, document, parts.Count == 0 ? keyboard : null, cancellationToken) : new SendResult.Sent();
    }

    private async Task<bool> TryEditAsync(string chatId, long chat, int messageId, string text, InlineKeyboardMarkup? keyboard, CancellationToken cancellationToken)
    {
        var html = TelegramText.EscapeHtml(text);
        var (_, failure) = await calls.RunAsync(
            "editMessageText",
            chatId,
            async token =>
            {
                try
                {
                    return await clients.Client.EditMessageText(chat, messageId, html, ParseMode.Html, replyMarkup: keyboard, linkPreviewOptions: LinkPreviewOptions.Disabled, cancellationToken: token);
                }
                catch (Exception ex) when (TelegramFailure.IsNotModified(ex))
                {
                    return null;
                }
            },
            cancellationToken);
        if (failure is { Kind: TelegramFailureKind.Rejected })
        {
            // Too old to edit, deleted, or not ours: a new message says the same.
            logger.EditRefused(messageId, chatId, failure.Reason);
        }

        return failure is null;
    }

    private async Task<SendResult> SendDocumentAsync(string chatId, long chat, ReplyDocument document, InlineKeyboardMarkup? keyboard, CancellationToken cancellationToken)
    {
        var (_, failure) = await calls.RunAsync(
            "sendDocument",
            chatId,
            async token =>
            {
                using var stream = new MemoryStream(document.Content, writable: false);
                return await clients.Client.SendDocument(chat, InputFile.FromStream(stream, document.FileName), replyMarkup: keyboard, cancellationToken: token);
            },
            cancellationToken);
        return failure is null ? new SendResult.Sent() : ToResult(failure);
    }

    private async Task<InlineKeyboardMarkup?> KeyboardAsync(long owner, IReadOnlyList<IReadOnlyList<ReplyButton>> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0 || rows.All(row => row.Count == 0))
        {
            return null;
        }

        var keyboard = new List<InlineKeyboardButton[]>(rows.Count);
        foreach (var row in rows.Where(row => row.Count > 0))
        {
            var buttons = new InlineKeyboardButton[row.Count];
            for (var i = 0; i < row.Count; i++)
            {
                buttons[i] = InlineKeyboardButton.WithCallbackData(row[i].Label, await callbackData.EncodeAsync(owner, row[i].Data, cancellationToken));
            }

            keyboard.Add(buttons);
        }

        return new InlineKeyboardMarkup(keyboard);
    }

    private static SendResult ToResult(TelegramFailure failure) => failure.Kind switch
    {
        TelegramFailureKind.Unreachable => new SendResult.Unreachable(failure.Reason),
        TelegramFailureKind.RateLimited => new SendResult.Failed(failure.Reason, failure.RetryAfter),
        TelegramFailureKind.Rejected => new SendResult.Refused(failure.Reason),
        _ => new SendResult.Failed(failure.Reason),
    };
}
