namespace InterviewCoachBot.Engine.Ports;

/// <summary>Deletes rows that no longer serve anyone, a bounded batch at a time so no call holds the writer for long.</summary>
public interface IRetentionStore
{
    /// <summary>Deletes up to <paramref name="batchSize"/> rows of each kind older than its cutoff.</summary>
    Task<PrunedRows> PruneAsync(RetentionCutoffs cutoffs, int batchSize, CancellationToken cancellationToken = default);
}

/// <param name="InboxBefore">Dedupe keys of events processed before this can no longer be redelivered.</param>
/// <param name="DeliveredBefore">Replies shown before this (their text is already blanked).</param>
/// <param name="NudgesEndedBefore">Ended nudges whose window closed before this: the planner would not plan them again.</param>
public sealed record RetentionCutoffs(DateTimeOffset InboxBefore, DateTimeOffset DeliveredBefore, DateTimeOffset NudgesEndedBefore);

public sealed record PrunedRows(int InboxKeys, int DeliveredReplies, int EndedNudges)
{
    public static PrunedRows None { get; } = new(0, 0, 0);

    public int Total => InboxKeys + DeliveredReplies + EndedNudges;

    public PrunedRows Add(PrunedRows other) =>
        new(InboxKeys + other.InboxKeys, DeliveredReplies + other.DeliveredReplies, EndedNudges + other.EndedNudges);
}
