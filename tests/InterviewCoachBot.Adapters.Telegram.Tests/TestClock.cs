using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Time.Testing;

namespace InterviewCoachBot.Adapters.Telegram.Tests;

/// <summary>
/// A fake clock that moves only when the code under test is waiting for it, so how fast the machine is never shows in
/// the fake timestamps the tests assert on.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="DriveAsync{T}"/> runs operations as <em>flows</em> and tracks, per flow, every timer it arms on this clock
/// (<see cref="CreateTimer"/> is the one place a <see cref="TimeProvider"/> user can wait) and every HTTP request it has
/// in flight (<see cref="InFlightHandler"/>, added to the bot's <see cref="HttpClient"/>). A flow is <em>waiting</em>
/// when it has a <see cref="Task.Delay(TimeSpan, TimeProvider, CancellationToken)"/>-style timer armed, or when its
/// only request in flight is parked on a timer the server armed (the emulator's delay fault runs on this clock too).
/// Anything else, such as a request being served or code running between two awaits, is <em>busy</em>.
/// </para>
/// <para>
/// Only when every unfinished flow is waiting (nothing can happen without fake time passing) does the clock advance,
/// and then exactly to the earliest armed timer. A request timeout (a timer owned by a
/// <see cref="CancellationTokenSource"/>) never makes a flow waiting, so it fires only when the server really is stuck,
/// never because a round trip took long in real time.
/// </para>
/// </remarks>
internal sealed class TestClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    /// <summary>Real time a drive may go without being able to advance; only reached when something is broken.</summary>
    public static readonly TimeSpan StallLimit = TimeSpan.FromSeconds(60);

    private static readonly AsyncLocal<Flow?> CurrentFlow = new();

    private readonly Lock gate = new();
    private readonly HashSet<TrackedTimer> armed = [];
    private readonly List<Request> inFlight = [];
    private readonly List<string> problems = [];
    private TaskCompletionSource changed = NewSignal();
    private int flowCount;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var flow = CurrentFlow.Value;
        var timer = new TrackedTimer(this, flow, state is CancellationTokenSource, callback, state);
        timer.Inner = base.CreateTimer(static self => ((TrackedTimer)self!).Fire(), timer, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        if (flow is null && !timer.IsTimeout)
        {
            lock (gate)
            {
                // Armed outside every flow while serving a request: the server holds that request until the timer fires.
                var unparked = inFlight.Where(r => r.ServerTimer is null).ToList();
                if (unparked.Count == 1)
                {
                    unparked[0].ServerTimer = timer;
                }
                else if (unparked.Count > 1)
                {
                    problems.Add($"The server armed a timer while {unparked.Count} requests were in flight; cannot tell which one it holds.");
                }
            }
        }

        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Runs <paramref name="operation"/> as one flow, advancing the clock whenever it can only wait.</summary>
    /// <param name="limit">Fake time after which the drive gives up (5 minutes unless told).</param>
    public async Task<T> DriveAsync<T>(Func<Task<T>> operation, TimeSpan? limit = null) =>
        (await DriveFlowsAsync([operation], limit))[0];

    /// <summary>Runs the operations side by side, each as its own flow (see <see cref="DriveAsync{T}"/>).</summary>
    public Task<T[]> DriveAllAsync<T>(params Func<Task<T>>[] operations) => DriveFlowsAsync(operations, limit: null);

    /// <summary>What the clock is waiting on: its armed timers and the requests in flight (for failure messages).</summary>
    public string Describe()
    {
        var now = GetUtcNow();
        lock (gate)
        {
            var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"now {now:O}; armed timers:");
            foreach (var timer in armed.OrderBy(t => t.Due))
            {
                text.Append(CultureInfo.InvariantCulture, $" [{(timer.IsTimeout ? "timeout" : "wait")} of {timer.Flow?.ToString() ?? "no flow"} due in {timer.Due - now}]");
            }

            text.Append("; requests in flight:");
            foreach (var request in inFlight)
            {
                text.Append(CultureInfo.InvariantCulture, $" [{request.Flow?.ToString() ?? "no flow"} {(request.IsParked ? "parked on the server" : "being served")}]");
            }

            return text.ToString();
        }
    }

    /// <summary>Marks a request in flight until the result is disposed (see <see cref="InFlightHandler"/>).</summary>
    /// <param name="aborted">The request's token: once the client gives up, the request is unwinding (busy), not parked.</param>
    internal IDisposable BeginRequest(CancellationToken aborted)
    {
        var request = new Request(this, CurrentFlow.Value, aborted);
        lock (gate)
        {
            inFlight.Add(request);
        }

        Signal();
        return request;
    }

    private async Task<T[]> DriveFlowsAsync<T>(IReadOnlyList<Func<Task<T>>> operations, TimeSpan? limit)
    {
        var flows = operations.Select(StartFlow).ToList();
        var all = Task.WhenAll(flows.Select(flow => flow.Task));
        var allowed = limit ?? TimeSpan.FromMinutes(5);
        var until = GetUtcNow() + allowed;
        var stalled = Stopwatch.StartNew();
        while (!all.IsCompleted)
        {
            Task signal;
            lock (gate)
            {
                if (problems.Count > 0)
                {
                    throw new InvalidOperationException(string.Join(" ", problems));
                }

                signal = changed.Task;

                // Decided and done under the lock that arming a timer takes too, so no timer is half armed meanwhile.
                if (NextDue(flows.Where(flow => !flow.Task.IsCompleted).Select(flow => flow.Id).ToList()) is { } due)
                {
                    var now = GetUtcNow();
                    if (due <= now)
                    {
                        throw new InvalidOperationException($"A timer due {due:O} did not fire: {Describe()}");
                    }

                    if (due > until)
                    {
                        throw new TimeoutException($"Still running after {allowed} of fake time: {Describe()}");
                    }

                    Advance(due - now);
                    stalled.Restart();
                    continue;
                }
            }

            if (stalled.Elapsed > StallLimit)
            {
                throw new TimeoutException($"No flow waited on the clock for {StallLimit} of real time: {Describe()}");
            }

            // Woken by any change of timers or requests, or by a flow ending; the poll is only a safety net.
            await Task.WhenAny(all, signal, Task.Delay(TimeSpan.FromMilliseconds(100), TestContext.Current.CancellationToken));
        }

        return await all;
    }

    private (Flow Id, Task<T> Task) StartFlow<T>(Func<Task<T>> operation)
    {
        var flow = new Flow(Interlocked.Increment(ref flowCount));
        var outer = CurrentFlow.Value;
        CurrentFlow.Value = flow;
        try
        {
            // Task.Run captures the execution context, so everything the operation awaits carries its flow.
            var task = Task.Run(operation);
            _ = task.ContinueWith(_ => Signal(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            return (flow, task);
        }
        finally
        {
            CurrentFlow.Value = outer;
        }
    }

    /// <returns>The earliest armed timer when every unfinished flow waits; otherwise null (someone is busy).</returns>
    private DateTimeOffset? NextDue(List<Flow> unfinished)
    {
        // No flow left to wait for: the drive is about to end, so time must not move on its own.
        if (unfinished.Count == 0 || inFlight.Any(request => !request.IsParked))
        {
            return null;
        }

        foreach (var flow in unfinished)
        {
            var waits = armed.Any(t => t.Flow == flow && !t.IsTimeout) || inFlight.Any(r => r.Flow == flow);
            if (!waits)
            {
                return null;
            }
        }

        return armed.Count == 0 ? null : armed.Min(t => t.Due);
    }

    private bool Arm(TrackedTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        bool changedInner;
        lock (gate)
        {
            if (timer.Disposed)
            {
                return false;
            }

            timer.Period = period;
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                armed.Remove(timer);
            }
            else
            {
                timer.Due = GetUtcNow() + dueTime;
                armed.Add(timer);
            }

            // Still under the lock, so the driver never sees the timer armed here but not yet in the fake clock.
            // A timer already due fires right here (see Fired).
            changedInner = timer.Inner.Change(dueTime, period);
        }

        Signal();
        return changedInner;
    }

    private void Fired(TrackedTimer timer)
    {
        lock (gate)
        {
            if (timer.Period == Timeout.InfiniteTimeSpan || timer.Period == TimeSpan.Zero)
            {
                armed.Remove(timer);
            }
            else
            {
                timer.Due += timer.Period;
            }
        }

        Signal();
    }

    private void Disarm(TrackedTimer timer)
    {
        lock (gate)
        {
            timer.Disposed = true;
            armed.Remove(timer);
            timer.Inner.Dispose();
        }

        Signal();
    }

    private void End(Request request)
    {
        lock (gate)
        {
            inFlight.Remove(request);
        }

        Signal();
    }

    private bool IsArmed(TrackedTimer timer)
    {
        lock (gate)
        {
            return armed.Contains(timer);
        }
    }

    private void Signal()
    {
        TaskCompletionSource old;
        lock (gate)
        {
            old = changed;
            changed = NewSignal();
        }

        old.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed class Flow(int id)
    {
        public override string ToString() => $"flow {id}";
    }

    private sealed class Request(TestClock clock, Flow? flow, CancellationToken aborted) : IDisposable
    {
        public Flow? Flow { get; } = flow;

        public TrackedTimer? ServerTimer { get; set; }

        /// <remarks>Called under the clock's lock, which is re-entrant.</remarks>
        public bool IsParked => ServerTimer is { } timer && clock.IsArmed(timer) && !aborted.IsCancellationRequested;

        public void Dispose() => clock.End(this);
    }

    private sealed class TrackedTimer(TestClock clock, Flow? flow, bool isTimeout, TimerCallback callback, object? state) : ITimer
    {
        public ITimer Inner { get; set; } = null!;

        public Flow? Flow { get; } = flow;

        /// <summary>The timer of a <see cref="CancellationTokenSource"/>: a timeout, which nobody waits for.</summary>
        public bool IsTimeout { get; } = isTimeout;

        public DateTimeOffset Due { get; set; }

        public TimeSpan Period { get; set; }

        public bool Disposed { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period) => clock.Arm(this, dueTime, period);

        public void Fire()
        {
            clock.Fired(this);
            callback(state);
        }

        public void Dispose() => clock.Disarm(this);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}

/// <summary>Tells a <see cref="TestClock"/> which HTTP requests are in flight, and for which flow.</summary>
internal sealed class InFlightHandler(TestClock clock) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (clock.BeginRequest(cancellationToken))
        {
            return await base.SendAsync(request, cancellationToken);
        }
    }
}
