using Microsoft.Extensions.Time.Testing;

namespace InterviewCoachBot.Adapters.Discord.Tests.Gateway;

/// <summary>
/// A fake clock that knows which of its timers are armed, so a test can move it exactly to the next one, and only once the
/// code under test is waiting for it (see <see cref="Eventually"/>).
/// </summary>
internal sealed class SteppedClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly Lock gate = new();
    private readonly HashSet<ArmedTimer> armed = [];
    private long created;

    /// <summary>Timers armed for exactly this long are never counted as armed, so time does not jump to them (they still fire if it passes).</summary>
    public TimeSpan? Unwatched { get; init; }

    /// <summary>How many timers were armed so far; <see cref="HasTimerArmedAfter"/> compares against it.</summary>
    public long Created
    {
        get
        {
            lock (gate)
            {
                return created;
            }
        }
    }

    public bool HasArmedTimer => HasTimerArmedAfter(0);

    /// <summary>True when a timer armed after the <paramref name="mark"/>-th one (a value of <see cref="Created"/>) is still armed.</summary>
    public bool HasTimerArmedAfter(long mark)
    {
        lock (gate)
        {
            return armed.Any(timer => timer.Sequence > mark);
        }
    }

    /// <summary>How far ahead the earliest armed timer is due; null when none is armed.</summary>
    public TimeSpan? UntilNextTimer
    {
        get
        {
            lock (gate)
            {
                return armed.Count == 0 ? null : armed.Min(timer => timer.Due) - GetUtcNow();
            }
        }
    }

    /// <summary>Moves the clock to the earliest armed timer, which fires.</summary>
    public void AdvanceToNextTimer()
    {
        DateTimeOffset due;
        lock (gate)
        {
            due = armed.Min(timer => timer.Due);
        }

        var now = GetUtcNow();
        Advance(due > now ? due - now : TimeSpan.Zero);
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ArmedTimer(this, callback, state);
        timer.Inner = base.CreateTimer(static self => ((ArmedTimer)self!).Fire(), timer, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        timer.Change(dueTime, period);
        return timer;
    }

    private sealed class ArmedTimer(SteppedClock clock, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan period = Timeout.InfiniteTimeSpan;

        public ITimer Inner { get; set; } = null!;

        public DateTimeOffset Due { get; private set; }

        public long Sequence { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (clock.gate)
            {
                this.period = period;
                if (dueTime == Timeout.InfiniteTimeSpan || dueTime == clock.Unwatched)
                {
                    clock.armed.Remove(this);
                }
                else
                {
                    Due = clock.GetUtcNow() + dueTime;
                    Sequence = ++clock.created;
                    clock.armed.Add(this);
                }
            }

            return Inner.Change(dueTime, period);
        }

        public void Fire()
        {
            lock (clock.gate)
            {
                if (period == Timeout.InfiniteTimeSpan)
                {
                    clock.armed.Remove(this);
                }
                else
                {
                    Due += period;
                }
            }

            callback(state);
        }

        public void Dispose()
        {
            lock (clock.gate)
            {
                clock.armed.Remove(this);
            }

            Inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
