using Microsoft.Extensions.Logging;

namespace InterviewCoachBot.Engine;

internal static partial class EngineLog
{
    [LoggerMessage(EventId = 1300, Level = LogLevel.Information, Message = "Pruned {InboxKeys} dedupe keys, {DeliveredReplies} delivered replies and {EndedNudges} ended nudges")]
    public static partial void Pruned(this ILogger logger, int inboxKeys, int deliveredReplies, int endedNudges);

    [LoggerMessage(EventId = 1301, Level = LogLevel.Warning, Message = "Pruning old rows failed; trying again at the next interval")]
    public static partial void PruningFailed(this ILogger logger, Exception exception);
}
