using Telegram.Bot.Exceptions;

namespace InterviewCoachBot.Adapters.Telegram;

/// <summary>What a failed Bot API call means for the caller.</summary>
internal enum TelegramFailureKind
{
    /// <summary>Server error, network error, timeout, unreadable answer: try again after a backoff.</summary>
    Transient,

    /// <summary>429: wait at least retry_after, then try again.</summary>
    RateLimited,

    /// <summary>403, or a 400 saying the chat is gone: the user blocked the bot or is gone; retrying will not help.</summary>
    Unreachable,

    /// <summary>401: the token was rejected; nothing will work until it is fixed.</summary>
    Unauthorized,

    /// <summary>Any other 4xx: the request itself is wrong; retrying sends the same wrong request.</summary>
    Rejected,

    /// <summary>409 on getUpdates because someone set a webhook: polling gets nothing until it is deleted again.</summary>
    WebhookActive,

    /// <summary>409 on getUpdates because another process polls with the same token: the two split the updates.</summary>
    PollerConflict,
}

/// <summary>A classified failure with a short reason that is safe to log (no URL, no token, no message text).</summary>
internal sealed record TelegramFailure(TelegramFailureKind Kind, string Reason, TimeSpan RetryAfter = default)
{
    /// <summary>
    /// 400 descriptions meaning Telegram no longer links this chat to the bot (the user deleted it or their account, or the
    /// outbox row is from another bot): like a 403, resending cannot help until the user writes again.
    /// </summary>
    private static readonly string[] ChatGone =
        ["chat not found", "PEER_ID_INVALID", "user not found", "have no rights to send", "CHAT_WRITE_FORBIDDEN", "not enough rights"];

    public static TelegramFailure TimedOut { get; } = new(TelegramFailureKind.Transient, "timed out");

    public static TelegramFailure? Classify(Exception exception) => exception switch
    {
        ApiRequestException { ErrorCode: 429 } api => new(
            TelegramFailureKind.RateLimited, "429 Too Many Requests", TimeSpan.FromSeconds(Math.Max(1, api.Parameters?.RetryAfter ?? 1))),
        ApiRequestException { ErrorCode: 401 } => new(TelegramFailureKind.Unauthorized, "401 Unauthorized"),
        ApiRequestException { ErrorCode: 403 } api => new(TelegramFailureKind.Unreachable, "403 " + api.Message),
        ApiRequestException { ErrorCode: 400 } api when ChatGone.Any(text => api.Message.Contains(text, StringComparison.OrdinalIgnoreCase)) =>
            new(TelegramFailureKind.Unreachable, "400 " + api.Message),
        ApiRequestException { ErrorCode: >= 500 } api => new(TelegramFailureKind.Transient, $"HTTP {api.ErrorCode}"),
        ApiRequestException { ErrorCode: 409 } api when api.Message.Contains("webhook", StringComparison.OrdinalIgnoreCase) =>
            new(TelegramFailureKind.WebhookActive, "409 Conflict: a webhook is set"),
        ApiRequestException { ErrorCode: 409 } => new(TelegramFailureKind.PollerConflict, "409 Conflict: another process polls with this token"),
        ApiRequestException api => new(TelegramFailureKind.Rejected, $"{api.ErrorCode} {api.Message}"),
        RequestException { HttpStatusCode: { } status } when (int)status == 401 => new(TelegramFailureKind.Unauthorized, "401 Unauthorized"),
        RequestException { HttpStatusCode: { } status } => new(TelegramFailureKind.Transient, $"HTTP {(int)status}"),
        RequestException => new(TelegramFailureKind.Transient, "network error or unreadable answer"),
        HttpRequestException => new(TelegramFailureKind.Transient, "network error"),
        _ => null,
    };

    /// <summary>"message is not modified" on an edit: the message already shows this reply.</summary>
    public static bool IsNotModified(Exception exception) =>
        exception is ApiRequestException { ErrorCode: 400 } api
        && api.Message.Contains("message is not modified", StringComparison.OrdinalIgnoreCase);
}
