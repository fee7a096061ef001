using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace InterviewCoachBot.Adapters.Telegram.Tests;

/// <summary>Every log line of every category at Trace level, with its exception written out in full.</summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<LogLine> lines = new();

    public IReadOnlyList<LogLine> Lines => [.. lines];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

    public void Dispose()
    {
    }

    internal sealed record LogLine(string Category, LogLevel Level, EventId EventId, string Message, string? Exception)
    {
        public override string ToString() => $"{Level} {Category}[{EventId.Id}] {Message} {Exception}";
    }

    private sealed class Logger(string category, ConcurrentQueue<LogLine> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            // State values too: a structured sink would write them even if the message template does not.
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : string.Empty;
            lines.Enqueue(new LogLine(category, logLevel, eventId, formatter(state, exception) + " | " + values, exception?.ToString()));
        }
    }
}
