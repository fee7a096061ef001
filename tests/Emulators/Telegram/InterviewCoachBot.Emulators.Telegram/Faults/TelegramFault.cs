namespace InterviewCoachBot.Emulators.Telegram;

public enum TelegramFaultKind
{
    /// <summary>429 with <c>parameters.retry_after</c>; no effect applied.</summary>
    TooManyRequests,

    /// <summary>403 "Forbidden: bot was blocked by the user"; no effect applied.</summary>
    Blocked,

    /// <summary>5xx; 500 is a JSON error, 502 is nginx's HTML page (as in production). No effect applied.</summary>
    ServerError,

    /// <summary>The connection is aborted before the method runs: nothing happened.</summary>
    DropConnectionBeforeEffect,

    /// <summary>The method runs (message stored), then the connection is aborted: an ambiguous send.</summary>
    DropConnectionAfterEffect,

    /// <summary>The method runs and answers 200, but the JSON arrives cut short (a proxy or a reset on the way, or a client
    /// whose timeout hits while it reads): the client sees the status but not the result.</summary>
    CutAnswerAfterEffect,

    /// <summary>The request waits, then runs normally (use a delay past the client timeout for ambiguous timeouts).</summary>
    Delay,

    /// <summary>The request is held without an answer until the client gives up (its timeout); the method never runs.</summary>
    Timeout,
}

/// <summary>A fault to inject into the next matching request(s); see <see cref="TelegramEmulator.FailNext"/>.</summary>
public sealed record TelegramFault
{
    private TelegramFault(TelegramFaultKind kind) => Kind = kind;

    public TelegramFaultKind Kind { get; }

    public int RetryAfterSeconds { get; private init; }

    public int StatusCode { get; private init; }

    public TimeSpan DelayBy { get; private init; }

    public static TelegramFault Blocked { get; } = new(TelegramFaultKind.Blocked) { StatusCode = 403 };

    public static TelegramFault DropConnectionBeforeEffect { get; } = new(TelegramFaultKind.DropConnectionBeforeEffect);

    public static TelegramFault DropConnectionAfterEffect { get; } = new(TelegramFaultKind.DropConnectionAfterEffect);

    public static TelegramFault CutAnswerAfterEffect { get; } = new(TelegramFaultKind.CutAnswerAfterEffect);

    public static TelegramFault Timeout { get; } = new(TelegramFaultKind.Timeout);

    public static TelegramFault TooManyRequests(int retryAfterSeconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(retryAfterSeconds);
        return new(TelegramFaultKind.TooManyRequests) { StatusCode = 429, RetryAfterSeconds = retryAfterSeconds };
    }

    /// <param name="statusCode">500..599; 502 answers with nginx's HTML page instead of JSON.</param>
    public static TelegramFault ServerError(int statusCode = 500)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 500);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        return new(TelegramFaultKind.ServerError) { StatusCode = statusCode };
    }

    public static TelegramFault Delay(TimeSpan delay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        return new(TelegramFaultKind.Delay) { DelayBy = delay };
    }
}
