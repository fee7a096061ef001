using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Model;
using InterviewCoachBot.Engine.Ports;

namespace InterviewCoachBot.Storage.Sqlite.Tests;

internal static class TestData
{
    /// <summary>A fixed instant with a non-zero offset and sub-millisecond ticks, to catch lossy storage.</summary>
    public static readonly DateTimeOffset Now = new DateTimeOffset(2025, 3, 14, 15, 9, 26, TimeSpan.FromHours(2)).AddTicks(5_358_979);

    public static NewInterview Interview(string company = "Acme", DateTimeOffset? heldAt = null) =>
        new(company, "Backend engineer", "Ada Lovelace", heldAt ?? Now.AddDays(2), ContactChannel.Video, Now);

    /// <summary>Creates a user in its own committed transaction.</summary>
    public static async Task<UserAccount> CreateUserAsync(IBotStore store, string externalId, CancellationToken cancellationToken, string platform = "telegram")
    {
        await using var transaction = await store.BeginAsync(cancellationToken);
        var user = await transaction.Users.CreateAsync(new UserRef(platform, externalId), "Europe/Berlin", Now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return user;
    }

    /// <summary>Adds an interview in its own committed transaction.</summary>
    public static async Task<Interview> AddInterviewAsync(IBotStore store, long userId, CancellationToken cancellationToken, string company = "Acme")
    {
        await using var transaction = await store.BeginAsync(cancellationToken);
        var interview = await transaction.Interviews.AddAsync(userId, Interview(company), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return interview;
    }

    /// <summary>Deletes a user as "forget" does, in its own committed transaction.</summary>
    public static async Task ForgetAsync(IBotStore store, long userId, CancellationToken cancellationToken)
    {
        await using var transaction = await store.BeginAsync(cancellationToken);
        await transaction.Users.DeleteAsync(userId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
