using Microsoft.Extensions.Logging;

namespace InterviewCoachBot.Adapters.Console;

internal static partial class ConsoleLog
{
    [LoggerMessage(EventId = 5000, Level = LogLevel.Error, Message = "Handling a console line failed")]
    public static partial void HandlingFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Console input ended; stopping")]
    public static partial void InputEnded(this ILogger logger);
}
