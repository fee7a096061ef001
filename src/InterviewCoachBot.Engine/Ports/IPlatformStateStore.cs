namespace InterviewCoachBot.Engine.Ports;

/// <summary>
/// Small values an adapter keeps across restarts, outside any conversation: a gateway session to resume, the hash of the
/// command definitions last registered.
/// </summary>
public interface IPlatformStateStore
{
    Task<string?> GetAsync(string platform, string key, CancellationToken cancellationToken = default);

    Task SetAsync(string platform, string key, string value, DateTimeOffset now, CancellationToken cancellationToken = default);
}
