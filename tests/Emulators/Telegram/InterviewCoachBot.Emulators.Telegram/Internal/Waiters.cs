namespace InterviewCoachBot.Emulators.Telegram.Internal;

/// <summary>
/// Event-driven waits: callers register a predicate and get a task that completes when a matching
/// item is published. Not thread-safe by itself: the owner calls every member under its own lock,
/// so "check current state, then register" cannot miss an item published in between.
/// </summary>
internal sealed class Waiters<T>
{
    private readonly List<Waiter> _waiters = [];

    public Waiter Add(Func<T, bool> match)
    {
        var waiter = new Waiter(match);
        _waiters.Add(waiter);
        return waiter;
    }

    public void Remove(Waiter waiter) => _waiters.Remove(waiter);

    public void Publish(T item)
    {
        for (var i = _waiters.Count - 1; i >= 0; i--)
        {
            var waiter = _waiters[i];
            bool matched;
            try
            {
                matched = waiter.Match(item);
            }
            catch (Exception ex)
            {
                _waiters.RemoveAt(i);
                waiter.Completion.TrySetException(ex);
                continue;
            }

            if (matched)
            {
                _waiters.RemoveAt(i);
                waiter.Completion.TrySetResult(item);
            }
        }
    }

    internal sealed class Waiter(Func<T, bool> match)
    {
        public Func<T, bool> Match { get; } = match;

        public TaskCompletionSource<T> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
