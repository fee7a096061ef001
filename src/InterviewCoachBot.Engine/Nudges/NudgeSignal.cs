namespace InterviewCoachBot.Engine.Nudges;

/// <summary>
/// Wakes the dispatcher early when a turn committed a nudge that may be due before the dispatcher planned to look again.
/// A wake-up given while the dispatcher is busy is kept, so none is lost between its last look and its next sleep.
/// </summary>
public sealed class NudgeSignal
{
    private readonly Lock gate = new();
    private TaskCompletionSource woken = NewSource();
    private TaskCompletionSource<TimeSpan> waiting = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Notify()
    {
        lock (gate)
        {
            woken.TrySetResult();
        }
    }

    /// <summary>Completes, with the planned sleep, the next time the dispatcher starts sleeping (for tests that move a fake clock).</summary>
    public Task<TimeSpan> NextSleepAsync()
    {
        lock (gate)
        {
            return waiting.Task;
        }
    }

    /// <summary>Sleeps for <paramref name="duration"/> on <paramref name="time"/>, or until <see cref="Notify"/>.</summary>
    public async Task SleepAsync(TimeSpan duration, TimeProvider time, CancellationToken cancellationToken)
    {
        Task wake;
        TaskCompletionSource<TimeSpan> sleeping;
        lock (gate)
        {
            if (woken.Task.IsCompleted)
            {
                woken = NewSource();
                return;
            }

            wake = woken.Task;
            sleeping = waiting;
            waiting = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var timer = Task.Delay(duration, time, stop.Token);
        sleeping.TrySetResult(duration);
        await Task.WhenAny(wake, timer);
        await stop.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            if (woken.Task.IsCompleted)
            {
                woken = NewSource();
            }
        }
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
