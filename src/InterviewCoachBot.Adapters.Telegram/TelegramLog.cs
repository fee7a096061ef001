using Microsoft.Extensions.Logging;

namespace InterviewCoachBot.Adapters.Telegram;

/// <summary>Every log line of the adapter. None carries the token or a message text; exceptions go in the exception slot.</summary>
internal static partial class TelegramLog
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "Telegram bot @{Username} ({BotId}) is receiving updates")]
    public static partial void Receiving(this ILogger logger, string? username, long botId);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Critical, Message = "Telegram rejected the bot token (401 Unauthorized). Check Telegram:BotToken (from @BotFather); the bot stops.")]
    public static partial void TokenRejected(this ILogger logger);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Polling Telegram failed ({Reason}); retrying in {Delay}")]
    public static partial void PollFailed(this ILogger logger, string reason, TimeSpan delay, Exception? exception);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Debug, Message = "Received {Count} Telegram updates")]
    public static partial void BatchReceived(this ILogger logger, int count);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Debug, Message = "Skipped Telegram update {UpdateId} of type {Type}")]
    public static partial void UpdateSkipped(this ILogger logger, long updateId, string type);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Warning, Message = "Handling Telegram update {UpdateId} failed (attempt {Attempt} of {Attempts})")]
    public static partial void HandlingFailed(this ILogger logger, long updateId, int attempt, int attempts, Exception exception);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Error, Message = "Parked Telegram update {UpdateId} after {Attempts} failed attempts; the user was told")]
    public static partial void UpdateParked(this ILogger logger, long updateId, int attempts);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Information, Message = "Refused a button press on update {UpdateId}: {Verdict}")]
    public static partial void ButtonRefused(this ILogger logger, long updateId, string verdict);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Debug, Message = "Answering callback query of update {UpdateId} failed")]
    public static partial void CallbackAnswerFailed(this ILogger logger, long updateId, Exception exception);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Warning, Message = "Telegram asked to slow down sends to chat {ChatId}: waiting {RetryAfter}")]
    public static partial void RateLimited(this ILogger logger, string chatId, TimeSpan retryAfter);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Warning, Message = "Sending {Method} to chat {ChatId} failed ({Reason}), attempt {Attempt} of {Attempts}; retrying in {Delay}")]
    public static partial void SendRetrying(this ILogger logger, string method, string chatId, string reason, int attempt, int attempts, TimeSpan delay, Exception exception);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Error, Message = "Sending {Method} to chat {ChatId} failed for good: {Reason}")]
    public static partial void SendFailed(this ILogger logger, string method, string chatId, string reason);

    [LoggerMessage(EventId = 3012, Level = LogLevel.Information, Message = "Chat {ChatId} cannot be reached: {Reason}")]
    public static partial void ChatUnreachable(this ILogger logger, string chatId, string reason);

    [LoggerMessage(EventId = 3013, Level = LogLevel.Warning, Message = "Publishing the command menu failed; commands still work when typed")]
    public static partial void CommandMenuFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3014, Level = LogLevel.Information, Message = "Sent {Count} replies left undelivered by the previous run")]
    public static partial void LeftoversSent(this ILogger logger, int count);

    [LoggerMessage(EventId = 3015, Level = LogLevel.Information, Message = "User {UserId} {Change} the bot")]
    public static partial void MemberChanged(this ILogger logger, long userId, string change);

    [LoggerMessage(EventId = 3016, Level = LogLevel.Information, Message = "Telegram polling stopped")]
    public static partial void Stopped(this ILogger logger);

    [LoggerMessage(EventId = 3017, Level = LogLevel.Warning, Message = "Delivering reply {OutboxId} failed; it stays in the outbox and is sent again once Telegram answers or at the next start")]
    public static partial void DeliveryLeftInOutbox(this ILogger logger, long outboxId);

    [LoggerMessage(EventId = 3018, Level = LogLevel.Debug, Message = "Editing message {MessageId} in chat {ChatId} was refused ({Reason}); sending a new message instead")]
    public static partial void EditRefused(this ILogger logger, int messageId, string chatId, string reason);

    [LoggerMessage(EventId = 3019, Level = LogLevel.Error, Message = "Sending a reply to chat {ChatId} failed unexpectedly")]
    public static partial void SendCrashed(this ILogger logger, string chatId, Exception exception);

    [LoggerMessage(EventId = 3020, Level = LogLevel.Critical, Message = "Telegram polling failed unexpectedly; the bot stops with exit code 1")]
    public static partial void PollingCrashed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3021, Level = LogLevel.Error, Message = "A webhook was set for this bot (by another deployment, a hosting panel or a script), so Telegram refuses polling; deleting it to go on polling. Use one mode per token.")]
    public static partial void WebhookFoundWhilePolling(this ILogger logger);

    [LoggerMessage(EventId = 3022, Level = LogLevel.Error, Message = "Another process is polling Telegram with this bot token, so each gets only part of the updates; stop the other one. Retrying in {Delay}")]
    public static partial void AnotherPoller(this ILogger logger, TimeSpan delay);

    [LoggerMessage(EventId = 3023, Level = LogLevel.Warning, Message = "Telegram accepted {Method} to chat {ChatId} but its answer could not be read; counted as done, not sent again")]
    public static partial void AnswerUnreadable(this ILogger logger, string method, string chatId);
}
