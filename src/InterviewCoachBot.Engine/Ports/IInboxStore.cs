namespace InterviewCoachBot.Engine.Ports;

/// <summary>Remembers which platform events were applied, so a redelivered event has no second effect.</summary>
public interface IInboxStore
{
    /// <summary>Records the key; returns false when it was already recorded.</summary>
    Task<bool> TryRecordAsync(string platform, string dedupeKey, DateTimeOffset now, CancellationToken cancellationToken = default);
}
