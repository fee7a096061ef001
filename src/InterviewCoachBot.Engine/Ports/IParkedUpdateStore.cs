namespace InterviewCoachBot.Engine.Ports;

/// <summary>
/// Platform updates that failed every retry, kept for an operator instead of being lost or blocking the updates behind them.
/// </summary>
public interface IParkedUpdateStore
{
    Task ParkAsync(string platform, string dedupeKey, string payload, string reason, DateTimeOffset now, CancellationToken cancellationToken = default);

    Task<int> CountAsync(string platform, CancellationToken cancellationToken = default);
}
