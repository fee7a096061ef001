using Microsoft.Extensions.Logging;

namespace InterviewCoachBot.Engine;

internal static partial class EngineLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Ignored a {Platform} update that was already applied")]
    public static partial void DuplicateInbound(this ILogger logger, string platform);
}
