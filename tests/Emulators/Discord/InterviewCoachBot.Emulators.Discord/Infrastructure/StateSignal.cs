namespace InterviewCoachBot.Emulators.Discord.Infrastructure;

/// <summary>
/// Wakes waiters whenever emulator state changes, so tests wait on conditions without polling sleeps.
/// </summary>
internal sealed class StateSignal
{
    private readonly Lock _lock = new();
    private TaskCompletionSource _changed = NewSource();

    public void Pulse()
    {
        TaskCompletionSource old;
        lock (_lock)
        {
            old = _changed;
            _changed = NewSource();
        }

        old.TrySetResult();
    }

    /// <summary>Returns the first non-null result of <paramref name="probe"/>, re-evaluated after each change.</summary>
    public async Task<T> WaitAsync<T>(Func<T?> probe, TimeSpan timeout, string what)
        where T : class
    {
        using var cts = new CancellationTokenSource(timeout);
        while (true)
        {
            Task next;
            lock (_lock)
            {
                next = _changed.Task;
            }

            var result = probe();
            if (result is not null)
            {
                return result;
            }

            try
            {
                await next.WaitAsync(cts.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cts.IsCancellationRequested)
            {
                throw new TimeoutException($"Timed out after {timeout.TotalSeconds:0.###} s waiting for {what}.");
            }
        }
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
