using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace InterviewCoachBot.Host;

/// <summary>
/// Log lines in the console chat, which shares the terminal with the conversation: one line each, the exception named but
/// its stack trace left out (<c>--verbose</c> switches back to the full console log).
/// </summary>
internal sealed class ChatLogFormatter() : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "chat";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter(logEntry.State, logEntry.Exception).ReplaceLineEndings(" ");
        var level = logEntry.LogLevel switch
        {
            LogLevel.Critical => "critical",
            LogLevel.Error => "error",
            LogLevel.Warning => "warning",
            _ => "info",
        };
        textWriter.WriteLine(logEntry.Exception is { } exception
            ? $"{level}: {message} ({exception.GetType().Name}; run with --verbose for the details)"
            : $"{level}: {message}");
    }
}
