using System.Text.Json.Nodes;
using InterviewCoachBot.Emulators.Telegram.Internal;

namespace InterviewCoachBot.Emulators.Telegram.Updates;

/// <summary>
/// Pending updates with the Bot API's <c>getUpdates</c> semantics: an update stays until a call with
/// <c>offset</c> &gt; its id confirms it (then it is gone for good); a negative offset keeps only the
/// last |offset| updates; <c>allowed_updates</c> is remembered between calls; long polls wake up as
/// soon as a deliverable update arrives; a newer <c>getUpdates</c> ends an older one with 409.
/// </summary>
internal sealed class UpdateQueue(TimeProvider time)
{
    /// <summary>What Telegram delivers when <c>allowed_updates</c> is empty or was never set.</summary>
    private static readonly string[] ExcludedByDefault = ["chat_member", "message_reaction", "message_reaction_count"];

    private readonly Lock _gate = new();
    private readonly List<QueuedUpdate> _pending = [];
    private readonly List<long> _delivered = [];
    private readonly List<TaskCompletionSource> _parkedWaiters = [];
    private TaskCompletionSource _changed = NewSignal();
    private HashSet<string>? _allowed;
    public const string TerminatedByOtherPoll = "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running";

    public const string WebhookActive = "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first";

    private CancellationTokenSource? _activePoll;
    private string _endedBecause = TerminatedByOtherPoll;
    private long _nextId = 1000;
    private long _confirmedOffset;
    private int _parked;

    public long ConfirmedOffset
    {
        get
        {
            lock (_gate)
            {
                return _confirmedOffset;
            }
        }
    }

    public IReadOnlyList<long> DeliveredIds
    {
        get
        {
            lock (_gate)
            {
                return [.. _delivered];
            }
        }
    }

    public int PendingCount
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count;
            }
        }
    }

    public long Enqueue(string type, Func<long, JsonObject> payload)
    {
        lock (_gate)
        {
            var id = _nextId++;
            _pending.Add(new QueuedUpdate(id, type, new JsonObject { ["update_id"] = id, [type] = payload(id) }));
            Pulse();
            return id;
        }
    }

    public void DropAll()
    {
        lock (_gate)
        {
            if (_pending.Count > 0)
            {
                _confirmedOffset = Math.Max(_confirmedOffset, _pending[^1].Id + 1);
            }

            _pending.Clear();
        }
    }

    /// <summary>Completes when a <c>getUpdates</c> long poll is parked waiting for updates.</summary>
    public Task WaitForParkedPollAsync(TimeSpan timeout)
    {
        var tcs = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_parked > 0)
            {
                return Task.CompletedTask;
            }

            _parkedWaiters.Add(tcs);
        }

        return tcs.Task.WaitAsync(timeout);
    }

    public async Task<JsonArray> GetUpdatesAsync(
        long? offset, int limit, TimeSpan wait, IReadOnlyList<string>? allowedUpdates, CancellationToken requestAborted)
    {
        using var mine = new CancellationTokenSource();
        CancellationTokenSource? previous;
        lock (_gate)
        {
            previous = _activePoll;
            _activePoll = mine;
            ApplyOffset(offset);
            if (allowedUpdates is not null)
            {
                _allowed = allowedUpdates.Count == 0 ? null : new HashSet<string>(allowedUpdates, StringComparer.Ordinal);
            }
        }

        EndPoll(previous, TerminatedByOtherPoll);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, mine.Token);
        var deadline = time.GetUtcNow() + wait;
        try
        {
            while (true)
            {
                Task changed;
                lock (_gate)
                {
                    var batch = _pending.Where(u => IsAllowed(u.Type)).Take(limit).ToList();
                    var remaining = deadline - time.GetUtcNow();
                    if (batch.Count > 0 || remaining <= TimeSpan.Zero)
                    {
                        _delivered.AddRange(batch.Select(u => u.Id));
                        return [.. batch.Select(u => (JsonNode)u.Json.DeepClone())];
                    }

                    changed = _changed.Task;
                    Park();
                }

                try
                {
                    var left = deadline - time.GetUtcNow();
                    await changed.WaitAsync(left > TimeSpan.Zero ? left : TimeSpan.Zero, time, linked.Token);
                }
                catch (TimeoutException)
                {
                    // Loop once more: returns an empty batch (or a late arrival).
                }
                catch (OperationCanceledException) when (mine.IsCancellationRequested && !requestAborted.IsCancellationRequested)
                {
                    throw new BotApiException(409, _endedBecause);
                }
                finally
                {
                    lock (_gate)
                    {
                        _parked--;
                    }
                }
            }
        }
        finally
        {
            lock (_gate)
            {
                if (ReferenceEquals(_activePoll, mine))
                {
                    _activePoll = null;
                }
            }
        }
    }

    /// <summary>Ends a parked poll with 409 and <paramref name="description"/>, as Telegram does when a webhook is set.</summary>
    public void EndActivePoll(string description)
    {
        CancellationTokenSource? active;
        lock (_gate)
        {
            active = _activePoll;
        }

        EndPoll(active, description);
    }

    private void EndPoll(CancellationTokenSource? poll, string description)
    {
        _endedBecause = description;
        CancelQuietly(poll);
    }

    private void ApplyOffset(long? offset)
    {
        if (offset is > 0)
        {
            _pending.RemoveAll(u => u.Id < offset.Value);
            _confirmedOffset = Math.Max(_confirmedOffset, offset.Value);
        }
        else if (offset is < 0)
        {
            var keep = (int)Math.Min(-offset.Value, _pending.Count);
            _pending.RemoveRange(0, _pending.Count - keep);
            if (_pending.Count > 0)
            {
                _confirmedOffset = Math.Max(_confirmedOffset, _pending[0].Id);
            }
        }
    }

    private bool IsAllowed(string type) =>
        _allowed is null ? !ExcludedByDefault.Contains(type) : _allowed.Contains(type);

    private void Park()
    {
        _parked++;
        foreach (var waiter in _parkedWaiters)
        {
            waiter.TrySetResult();
        }

        _parkedWaiters.Clear();
    }

    private void Pulse()
    {
        var old = _changed;
        _changed = NewSignal();
        old.TrySetResult();
    }

    private static void CancelQuietly(CancellationTokenSource? cts)
    {
        try
        {
            cts?.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // That poll already finished.
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed record QueuedUpdate(long Id, string Type, JsonObject Json);
}
