using Microsoft.Extensions.Logging;

namespace InterviewCoachBot.Engine;

/// <summary>Log messages of the nudges (event ids 1100–1199). Never logs message text or user data beyond ids.</summary>
internal static partial class EngineLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Nudge dispatcher started for {Platforms}")]
    public static partial void NudgeDispatcherStarted(this ILogger logger, string platforms);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "No messenger is registered; nudges wait until a platform that can send them runs")]
    public static partial void NudgeDispatcherIdle(this ILogger logger);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Debug, Message = "Sent nudge {NudgeId} ({Rule}){LateMark}")]
    public static partial void NudgeSent(this ILogger logger, long nudgeId, string rule, string lateMark);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Information, Message = "Skipped nudge {NudgeId} ({Rule}): it expired before it could be sent")]
    public static partial void NudgeSkipped(this ILogger logger, long nudgeId, string rule);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Debug, Message = "Cancelled nudge {NudgeId} ({Rule}): it no longer applies")]
    public static partial void NudgeNoLongerApplies(this ILogger logger, long nudgeId, string rule);

    [LoggerMessage(EventId = 1105, Level = LogLevel.Warning, Message = "Sending nudge {NudgeId} failed ({Reason}); attempt {Attempts}, retrying at {RetryAt:O}")]
    public static partial void NudgeRetry(this ILogger logger, long nudgeId, string reason, int attempts, DateTimeOffset retryAt);

    [LoggerMessage(EventId = 1106, Level = LogLevel.Error, Message = "Gave up nudge {NudgeId} after {Attempts} attempts ({Reason})")]
    public static partial void NudgeGaveUp(this ILogger logger, long nudgeId, int attempts, string reason);

    [LoggerMessage(EventId = 1107, Level = LogLevel.Warning, Message = "User {UserId} on {Platform} is unreachable ({Reason}); their nudges are paused")]
    public static partial void NudgeUserUnreachable(this ILogger logger, long userId, string platform, string reason);

    [LoggerMessage(EventId = 1108, Level = LogLevel.Error, Message = "The nudge dispatcher failed; trying again in {Delay}")]
    public static partial void NudgeDispatcherFailed(this ILogger logger, Exception exception, TimeSpan delay);

    [LoggerMessage(EventId = 1109, Level = LogLevel.Error, Message = "Sending nudge {NudgeId} threw")]
    public static partial void NudgeSendThrew(this ILogger logger, Exception exception, long nudgeId);

    [LoggerMessage(EventId = 1110, Level = LogLevel.Information, Message = "Holding overdue nudge {NudgeId} ({Rule}) until the user's quiet hours end")]
    public static partial void NudgeHeldForQuietHours(this ILogger logger, long nudgeId, string rule);
}
