using Microsoft.Extensions.Logging;

namespace InterviewCoachBot.Engine;

internal static partial class EngineLog
{
    [LoggerMessage(EventId = 1200, Level = LogLevel.Information, Message = "A {Platform} user is over their rate limit; their messages wait their turn")]
    public static partial void FloodStarted(this ILogger logger, string platform);

    [LoggerMessage(EventId = 1201, Level = LogLevel.Debug, Message = "Deferred a {Platform} message ({Waiting} of this user waiting)")]
    public static partial void InboundDeferred(this ILogger logger, string platform, int waiting);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Information, Message = "Resuming {Messages} deferred messages of {Users} users")]
    public static partial void DeferredResumed(this ILogger logger, int messages, int users);

    [LoggerMessage(EventId = 1203, Level = LogLevel.Error, Message = "Applying a deferred {Platform} message failed; trying again in {Delay}")]
    public static partial void DeferredFailed(this ILogger logger, Exception exception, string platform, TimeSpan delay);

    [LoggerMessage(EventId = 1204, Level = LogLevel.Information, Message = "A {Platform} user's deferred messages were all applied")]
    public static partial void FloodDrained(this ILogger logger, string platform);

    [LoggerMessage(EventId = 1205, Level = LogLevel.Warning, Message = "Reading the deferred messages at start-up failed; the next message taken in tries again")]
    public static partial void RestoreFailed(this ILogger logger, Exception exception);
}
