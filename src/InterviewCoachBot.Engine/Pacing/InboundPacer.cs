using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Ports;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InterviewCoachBot.Engine.Pacing;

/// <summary>
/// Per-user abuse limit in front of the engine. Each user has a token bucket (<see cref="RateLimitOptions"/>) that every
/// message they send takes a token from. A message within it is admitted and the adapter applies it at once, as before. A
/// message beyond it (or behind one that waits) is stored durably and applied later, in order, by a per-user lane, as the
/// bucket refills; the adapter confirms receipt once it is stored, so nobody else waits for the flood and a restart loses
/// nothing. When a flood begins, the
/// lane tells the user once (<see cref="IDeferredInboundHandler.SlowDownAsync"/>), before applying their waiting messages.
/// </summary>
/// <remarks>
/// A user's lane never runs while one of their admitted messages is still being applied, and nothing of theirs is
/// admitted while anything of theirs waits, so their messages take effect in the order they were taken in. At most
/// <see cref="RateLimitOptions.ConcurrentUsers"/> lanes apply a message at the same time. Lanes of a platform with no
/// <see cref="IDeferredInboundHandler"/> in this host stay stored for a host that has one.
/// </remarks>
public sealed class InboundPacer(
    IDeferredInboundStore store,
    IEnumerable<IDeferredInboundHandler> handlers,
    IOptions<RateLimitOptions> options,
    TimeProvider time,
    ILogger<InboundPacer> logger) : IHostedService, IDisposable
{
    public const string SlowDown =
        "You're sending messages faster than I can take them in. I'll still answer every one, in order; there's no need to send them again.";

    /// <summary>Lanes that are quiet (nothing waiting, bucket full) are forgotten once this many are kept.</summary>
    private const int PruneAbove = 10_000;

    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromMinutes(1);

    private readonly Lock gate = new();
    private readonly Dictionary<UserRef, Lane> lanes = [];
    private readonly Dictionary<string, IDeferredInboundHandler> appliers = handlers.ToDictionary(handler => handler.Platform, StringComparer.Ordinal);
    private readonly CancellationTokenSource stopping = new();
    private readonly SemaphoreSlim restoreGate = new(1, 1);
    private readonly SemaphoreSlim applying = new(options.Value.ConcurrentUsers, options.Value.ConcurrentUsers);
    private volatile bool restored;
    private int disposed;
    private Task restoring = Task.CompletedTask;

    private RateLimitOptions Settings => options.Value;

    /// <summary>
    /// Takes one message in: admitted (apply it now, then dispose the admission) or deferred (it is stored; apply nothing).
    /// </summary>
    /// <param name="context">What the adapter's <see cref="IDeferredInboundHandler"/> needs to answer it later.</param>
    /// <param name="busy">
    /// The adapter could not answer this user now without waiting (their chat is being paced): store it for their lane
    /// instead of holding up everyone else. Not a flood by itself, so no note.
    /// </param>
    /// <exception cref="Exception">Storing failed: nothing was taken in, so the platform must not be told it was received.</exception>
    public async Task<InboundAdmission> TakeInAsync(Inbound inbound, string context, bool busy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(context);
        await RestoreAsync(cancellationToken);

        Lane lane;
        bool slowDownDue;
        lock (gate)
        {
            var now = time.GetUtcNow();
            lane = LaneOf(inbound.User, now);
            if (lane.Bucket.IsFull(now))
            {
                // Calm again (nothing sent for a while, whatever still waits): a later flood is a new one with its own note.
                lane.Noted = false;
            }

            // Every arrival takes a token, also one that waits: the bucket measures how fast the user sends, and its
            // debt is how many of their waiting messages are beyond the limit.
            var within = lane.Bucket.WaitForOne(now) == TimeSpan.Zero;
            lane.Bucket.Take();
            if (within && !busy && lane.IsIdle)
            {
                lane.InFlight++;
                return InboundAdmission.Admitted(() => Release(lane));
            }

            lane.Inserting++;
            slowDownDue = !within && !lane.Noted;
            lane.Noted |= slowDownDue;
        }

        var added = false;
        int waiting;
        try
        {
            added = await store.AddAsync(inbound, context, time.GetUtcNow(), cancellationToken);
        }
        finally
        {
            lock (gate)
            {
                lane.Inserting--;
                if (added)
                {
                    lane.Pending++;
                    lane.NoteDue |= slowDownDue;
                }
                else if (slowDownDue)
                {
                    lane.Noted = false;
                }

                waiting = lane.Pending;
            }

            Kick(lane);
        }

        if (slowDownDue && added)
        {
            logger.FloodStarted(inbound.User.Platform);
        }

        logger.InboundDeferred(inbound.User.Platform, waiting);
        return InboundAdmission.Deferred;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        restoring = Task.Run(() => ResumeAsync(stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <summary>Stops the lanes after the message each is applying; what still waits stays stored for the next start.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync();
        List<Task> drains;
        lock (gate)
        {
            drains = [restoring, .. lanes.Values.Select(lane => lane.Drain)];
        }

        await Task.WhenAll(drains).WaitAsync(cancellationToken);
    }

    /// <remarks>Registered both as itself and as a hosted service, so the container may call this twice.</remarks>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        stopping.Cancel();
        stopping.Dispose();
        restoreGate.Dispose();
        applying.Dispose();
    }

    /// <summary>At start-up: picks up the messages a previous run left waiting, so they are applied without new input.</summary>
    private async Task ResumeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await RestoreAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            // The next message taken in tries again.
            logger.RestoreFailed(ex);
        }
    }

    private async Task RestoreAsync(CancellationToken cancellationToken)
    {
        if (restored)
        {
            return;
        }

        List<Lane> resumed = [];
        await restoreGate.WaitAsync(cancellationToken);
        try
        {
            if (restored)
            {
                return;
            }

            var backlogs = await store.ListBacklogsAsync(cancellationToken);
            lock (gate)
            {
                var now = time.GetUtcNow();
                foreach (var backlog in backlogs)
                {
                    var lane = LaneOf(backlog.User, now);
                    lane.Pending += backlog.Count;

                    // They were told when their flood began, before the restart.
                    lane.Noted = true;
                    resumed.Add(lane);
                }
            }

            restored = true;
            if (backlogs.Count > 0)
            {
                var messages = backlogs.Sum(backlog => backlog.Count);
                logger.DeferredResumed(messages, backlogs.Count);
            }
        }
        finally
        {
            restoreGate.Release();
        }

        resumed.ForEach(Kick);
    }

    private void Release(Lane lane)
    {
        lock (gate)
        {
            lane.InFlight--;
        }

        Kick(lane);
    }

    /// <summary>Starts the user's lane when they have messages waiting and nothing of theirs is being applied.</summary>
    private void Kick(Lane lane)
    {
        lock (gate)
        {
            if (lane.Running || lane.Pending == 0 || lane.InFlight > 0 || stopping.IsCancellationRequested
                || !appliers.TryGetValue(lane.User.Platform, out var handler))
            {
                return;
            }

            lane.Running = true;
            lane.Drain = Task.Run(() => DrainAsync(lane, handler, stopping.Token), CancellationToken.None);
        }
    }

    private async Task DrainAsync(Lane lane, IDeferredInboundHandler handler, CancellationToken cancellationToken)
    {
        var failures = 0;
        try
        {
            while (true)
            {
                if (TakeNoteDue(lane))
                {
                    await SlowDownAsync(lane, handler, cancellationToken);
                }

                TimeSpan wait;
                lock (gate)
                {
                    // The oldest waiting message may go once fewer than all of them are beyond the limit.
                    wait = lane.Bucket.WaitFor(1 - lane.Pending, time.GetUtcNow());
                }

                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, cancellationToken);
                    continue;
                }

                bool applied;
                try
                {
                    applied = await ApplyNextAsync(lane.User, handler, cancellationToken);
                    failures = 0;
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                {
                    var delay = RetryDelay(++failures);
                    logger.DeferredFailed(ex, lane.User.Platform, delay);
                    await Task.Delay(delay, time, cancellationToken);
                    continue;
                }

                lock (gate)
                {
                    // Nothing stored although some were counted: they are gone (the user's data was deleted).
                    lane.Pending = applied ? lane.Pending - 1 : 0;
                    if (lane.Pending == 0)
                    {
                        lane.Running = false;
                        break;
                    }
                }
            }

            logger.FloodDrained(lane.User.Platform);
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: a platform client may wrap the cancellation in its own exception. What waits stays stored, and
            // a reply already committed waits in the outbox for the next start.
            lock (gate)
            {
                lane.Running = false;
            }
        }
    }

    private bool TakeNoteDue(Lane lane)
    {
        lock (gate)
        {
            var due = lane.NoteDue;
            lane.NoteDue = false;
            return due;
        }
    }

    /// <summary>The note goes out from the lane, so no adapter's intake ever waits for it.</summary>
    private async Task SlowDownAsync(Lane lane, IDeferredInboundHandler handler, CancellationToken cancellationToken)
    {
        try
        {
            if (await store.FirstAsync(lane.User, cancellationToken) is { } first)
            {
                await handler.SlowDownAsync(first, cancellationToken);
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // A note is a courtesy: its messages still go through.
            logger.DeferredFailed(ex, lane.User.Platform, TimeSpan.Zero);
        }
    }

    /// <returns>False when nothing of the user waits any more.</returns>
    private async Task<bool> ApplyNextAsync(UserRef user, IDeferredInboundHandler handler, CancellationToken cancellationToken)
    {
        await applying.WaitAsync(cancellationToken);
        try
        {
            if (await store.FirstAsync(user, cancellationToken) is not { } next)
            {
                return false;
            }

            // Applied and then removed: a crash in between applies it again, and the engine's inbox makes that a no-op.
            await handler.ApplyAsync(next, cancellationToken);
            await store.RemoveAsync(next.Id, cancellationToken);
            return true;
        }
        finally
        {
            applying.Release();
        }
    }

    private Lane LaneOf(UserRef user, DateTimeOffset now)
    {
        if (lanes.TryGetValue(user, out var lane))
        {
            return lane;
        }

        if (lanes.Count >= PruneAbove)
        {
            foreach (var quiet in lanes.Where(pair => pair.Value.IsQuiet(now)).Select(pair => pair.Key).ToList())
            {
                lanes.Remove(quiet);
            }
        }

        lane = new Lane(user, new TokenBucket(Settings.MessagesPerMinute / 60.0, Settings.Burst, now));
        lanes[user] = lane;
        return lane;
    }

    private static TimeSpan RetryDelay(int failures) =>
        TimeSpan.FromTicks(Math.Min(MaxRetryDelay.Ticks, FirstRetryDelay.Ticks << Math.Min(failures - 1, 16)));

    /// <summary>One user's state; every member is read and written under <see cref="gate"/>.</summary>
    private sealed class Lane(UserRef user, TokenBucket bucket)
    {
        public UserRef User { get; } = user;

        public TokenBucket Bucket { get; } = bucket;

        /// <summary>Stored and not yet applied.</summary>
        public int Pending { get; set; }

        /// <summary>Being stored right now.</summary>
        public int Inserting { get; set; }

        /// <summary>Admitted and being applied by the adapter.</summary>
        public int InFlight { get; set; }

        /// <summary>The user was told (or is about to be) about the current flood.</summary>
        public bool Noted { get; set; }

        /// <summary>The lane still has to tell them.</summary>
        public bool NoteDue { get; set; }

        public bool Running { get; set; }

        public Task Drain { get; set; } = Task.CompletedTask;

        public bool IsIdle => Pending == 0 && Inserting == 0;

        public bool IsQuiet(DateTimeOffset now) => IsIdle && InFlight == 0 && !Running && Bucket.IsFull(now);
    }
}
