using InterviewCoachBot.Emulators.Telegram.Internal;

namespace InterviewCoachBot.Emulators.Telegram.Recording;

/// <summary>Every request the bot made, in the order their outcome was decided.</summary>
internal sealed class RequestLog
{
    private readonly Lock _gate = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly Waiters<RecordedRequest> _waiters = new();
    private long _sequence;

    public long NextSequence() => Interlocked.Increment(ref _sequence);

    public void Add(RecordedRequest request)
    {
        lock (_gate)
        {
            _requests.Add(request);
            _waiters.Publish(request);
        }
    }

    public IReadOnlyList<RecordedRequest> Snapshot()
    {
        lock (_gate)
        {
            return [.. _requests];
        }
    }

    public Task<RecordedRequest> WaitAsync(Func<RecordedRequest, bool> match, TimeSpan timeout)
    {
        Waiters<RecordedRequest>.Waiter waiter;
        lock (_gate)
        {
            var existing = _requests.Find(r => match(r));
            if (existing is not null)
            {
                return Task.FromResult(existing);
            }

            waiter = _waiters.Add(match);
        }

        return WaitHelper.WithTimeout(
            waiter.Completion.Task,
            timeout,
            () => { lock (_gate) { _waiters.Remove(waiter); } },
            () => $"No matching request within {timeout}. Requests so far: {string.Join(", ", Snapshot().Select(r => $"{r.Method}->{r.StatusCode}"))}");
    }
}
