using InterviewCoachBot.Engine.Messages;

namespace InterviewCoachBot.Engine.Ports;

/// <summary>
/// Messages of users over their rate limit, kept durably until applied: the adapter confirms receipt to the platform once
/// <see cref="AddAsync"/> returned, and a restart resumes where it stopped. Each call is its own short commit.
/// </summary>
public interface IDeferredInboundStore
{
    /// <summary>Keeps <paramref name="inbound"/>; false when its dedupe key is already waiting (a redelivery).</summary>
    Task<bool> AddAsync(Inbound inbound, string context, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>The user's oldest waiting message, or null.</summary>
    Task<DeferredInbound?> FirstAsync(UserRef user, CancellationToken cancellationToken = default);

    /// <summary>Forgets a message once it was applied.</summary>
    Task RemoveAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Every user with messages waiting (at start-up, to resume them).</summary>
    Task<IReadOnlyList<DeferredBacklog>> ListBacklogsAsync(CancellationToken cancellationToken = default);
}
