using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace InterviewCoachBot.Adapters.Discord.Tests;

/// <summary>Keeps every log line (message and exception text) at every level, so tests can look for secrets in them.</summary>
internal sealed class RecordingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<string> lines = new();

    public IReadOnlyList<string> Lines => [.. lines];

    public string AllText => string.Join('\n', lines);

    public ILogger CreateLogger(string categoryName) => new RecordingLogger(categoryName, lines);

    public void Dispose()
    {
    }

    private sealed class RecordingLogger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel} {category} [{eventId.Id}] {formatter(state, exception)} {exception}");
    }
}
