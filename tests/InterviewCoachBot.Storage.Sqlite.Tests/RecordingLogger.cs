using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace InterviewCoachBot.Storage.Sqlite.Tests;

/// <summary>Keeps the event id and rendered text of every log entry.</summary>
public sealed class RecordingLogger<T> : ILogger<T>
{
    private readonly ConcurrentQueue<(EventId EventId, string Message)> entries = new();

    public IReadOnlyList<(EventId EventId, string Message)> Entries => [.. entries];

    public int Count(int eventId) => entries.Count(entry => entry.EventId.Id == eventId);

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        entries.Enqueue((eventId, formatter(state, exception)));
    }
}
