using InterviewCoachBot.Engine.Messages;

namespace InterviewCoachBot.Engine.Ports;

/// <summary>
/// Platform updates that failed every retry, kept for an operator instead of being lost or blocking the updates behind them.
/// </summary>
public interface IParkedUpdateStore
{
    /// <param name="owner">Whose update it was; <c>forget</c> removes it with the rest of their data.</param>
    Task ParkAsync(UserRef owner, string dedupeKey, string payload, string reason, DateTimeOffset now, CancellationToken cancellationToken = default);

    Task<int> CountAsync(string platform, CancellationToken cancellationToken = default);
}
