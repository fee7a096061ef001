using InterviewCoachBot.Engine.Messages;

namespace InterviewCoachBot.Engine.Ports;

/// <summary>
/// Small values an adapter keeps across restarts, outside any conversation: a gateway session to resume, the hash of the
/// command definitions last registered, and per-user values (a DM channel, the data behind a button).
/// </summary>
public interface IPlatformStateStore
{
    Task<string?> GetAsync(string platform, string key, CancellationToken cancellationToken = default);

    /// <summary>Stores a value of the platform itself, which belongs to no user.</summary>
    Task SetAsync(string platform, string key, string value, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores a value that belongs to <paramref name="owner"/> (on the owner's platform): it is deleted with the rest of their
    /// data when they ask to be forgotten.
    /// </summary>
    Task SetOwnedAsync(UserRef owner, string key, string value, DateTimeOffset now, CancellationToken cancellationToken = default);
}
