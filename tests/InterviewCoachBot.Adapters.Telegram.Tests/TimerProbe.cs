namespace InterviewCoachBot.Adapters.Telegram.Tests;

/// <summary>
/// The emulator's clock: the same time as <paramref name="inner"/>, plus a way to learn that the server armed a timer,
/// e.g. that a request hit a delay fault and is now held (the emulator does not log a request before answering it).
/// </summary>
internal sealed class TimerProbe(TimeProvider inner) : TimeProvider
{
    private readonly Lock gate = new();
    private readonly List<TimeSpan> armed = [];
    private readonly List<(Func<TimeSpan, bool> Match, TaskCompletionSource Done)> waiters = [];

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

    public override long GetTimestamp() => inner.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = inner.CreateTimer(callback, state, dueTime, period);
        lock (gate)
        {
            armed.Add(dueTime);
            foreach (var waiter in waiters.Where(w => w.Match(dueTime)).ToList())
            {
                waiters.Remove(waiter);
                waiter.Done.TrySetResult();
            }
        }

        return timer;
    }

    /// <summary>Completes once a timer whose due time matches was created (before or after this call).</summary>
    public Task WaitForTimerAsync(Func<TimeSpan, bool> match, TimeSpan timeout)
    {
        lock (gate)
        {
            if (armed.Any(match))
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((match, done));
            return done.Task.WaitAsync(timeout, TestContext.Current.CancellationToken);
        }
    }
}
