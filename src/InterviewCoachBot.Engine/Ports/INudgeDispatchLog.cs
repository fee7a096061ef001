namespace InterviewCoachBot.Engine.Ports;

/// <summary>The dispatcher's side of the nudges, outside any turn: claiming due ones with a lease and recording how each ended.</summary>
/// <remarks>
/// A claim is a lease, not a lock: a process killed while holding one leaves it to expire, and the nudge is claimed again
/// then. So a nudge is sent at least once, and twice only when the process died between sending it and marking it sent.
/// </remarks>
public interface INudgeDispatchLog
{
    /// <summary>
    /// Leases up to <paramref name="limit"/> nudges of the scope that are planned, due (<c>due_at &lt;= now</c>), not waiting
    /// for a retry and not leased by a live claim; oldest due first.
    /// </summary>
    Task<IReadOnlyList<ClaimedNudge>> ClaimDueAsync(NudgeScope scope, DateTimeOffset now, TimeSpan lease, int limit, CancellationToken cancellationToken = default);

    /// <summary>The earliest moment a nudge of the scope may become claimable (due, retry or lease end), or null when none is planned.</summary>
    Task<DateTimeOffset?> NextWakeAsync(NudgeScope scope, CancellationToken cancellationToken = default);

    Task MarkSentAsync(long nudgeId, DateTimeOffset now, bool late, CancellationToken cancellationToken = default);

    /// <summary>Ends the nudge without sending it: <see cref="StoredNudge.Skipped"/> (too late), <see cref="StoredNudge.Cancelled"/> (no longer applies) or <see cref="StoredNudge.Failed"/>.</summary>
    Task EndAsync(long nudgeId, string status, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Releases the lease and waits until <paramref name="retryAt"/> before the next attempt.</summary>
    Task RetryAsync(long nudgeId, int attempts, DateTimeOffset retryAt, CancellationToken cancellationToken = default);

    /// <summary>Marks the user unreachable and cancels every nudge still planned for them.</summary>
    Task MarkUnreachableAsync(long userId, DateTimeOffset now, CancellationToken cancellationToken = default);
}
