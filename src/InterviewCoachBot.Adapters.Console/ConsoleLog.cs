using Microsoft.Extensions.Logging;

namespace InterviewCoachBot.Adapters.Console;

internal static partial class ConsoleLog
{
    [LoggerMessage(EventId = 5000, Level = LogLevel.Error, Message = "Handling a console line failed")]
    public static partial void HandlingFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Console input ended; stopping")]
    public static partial void InputEnded(this ILogger logger);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Error, Message = "Showing a reply failed; it stays undelivered")]
    public static partial void ShowingFailed(this ILogger logger, Exception exception);
}
