namespace InterviewCoachBot.Engine.Ports;

/// <summary>A user's planned nudges and reminder settings, inside a turn's transaction. Every method is scoped to the user id given.</summary>
public interface INudgeStore
{
    Task<NudgeSettings> GetSettingsAsync(long userId, CancellationToken cancellationToken = default);

    Task SetOnAsync(long userId, bool enabled, CancellationToken cancellationToken = default);

    /// <param name="quietHours">Null for the default, <see cref="NudgeSettings.QuietOff"/>, or "HH:mm-HH:mm".</param>
    Task SetQuietHoursAsync(long userId, string? quietHours, CancellationToken cancellationToken = default);

    Task ClearUnreachableAsync(long userId, CancellationToken cancellationToken = default);

    /// <summary>Interview numbers the user stopped reminders for.</summary>
    Task<IReadOnlySet<int>> StoppedAsync(long userId, CancellationToken cancellationToken = default);

    /// <returns>False when the user has no such interview.</returns>
    Task<bool> SetStoppedAsync(long userId, int interviewNumber, bool stopped, CancellationToken cancellationToken = default);

    /// <summary>
    /// Makes the interview's nudges match <paramref name="wanted"/>: inserts the missing ones due after <paramref name="now"/>,
    /// moves planned ones whose time changed (unless snoozed) to a time after <paramref name="now"/> and cancels those whose
    /// new time has passed, plans again cancelled ones wanted again, and cancels planned ones no longer wanted. Sent and
    /// skipped nudges are never touched, so planning twice changes nothing.
    /// </summary>
    /// <returns>True when a nudge was added or moved, so the dispatcher should look again.</returns>
    Task<bool> ReconcileAsync(long userId, int interviewNumber, IReadOnlyList<PlannedNudge> wanted, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Planned nudges, soonest first.</summary>
    Task<IReadOnlyList<StoredNudge>> ListPlannedAsync(long userId, CancellationToken cancellationToken = default);

    Task<StoredNudge?> GetAsync(long userId, long nudgeId, CancellationToken cancellationToken = default);

    /// <summary>Plans the nudge (planned or already sent) again at <paramref name="dueAt"/>; re-planning then leaves its time alone.</summary>
    /// <returns>False when the user has no such nudge or it can no longer be snoozed.</returns>
    Task<bool> SnoozeAsync(long userId, long nudgeId, DateTimeOffset dueAt, CancellationToken cancellationToken = default);
}
