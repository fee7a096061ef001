using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Model;
using InterviewCoachBot.Engine.Ports;

namespace InterviewCoachBot.Adapters.Discord.Interactions;

/// <summary>
/// Read-only looks at a user's data for Discord-only features (the interview autocomplete). Each opens a store transaction
/// and disposes it without committing.
/// </summary>
/// <remarks>Meant to move behind a small engine read port; until then the stores are read directly, never written.</remarks>
internal sealed class InterviewLookup(IBotStore store)
{
    public async Task<IReadOnlyList<Interview>> ListAsync(UserRef user, CancellationToken cancellationToken)
    {
        await using var transaction = await store.BeginAsync(cancellationToken);
        return await transaction.Users.FindAsync(user, cancellationToken) is { } account
            ? await transaction.Interviews.ListAsync(account.Id, cancellationToken)
            : [];
    }
}
