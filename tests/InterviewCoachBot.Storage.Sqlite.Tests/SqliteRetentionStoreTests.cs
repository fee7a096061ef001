using Dapper;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Ports;

namespace InterviewCoachBot.Storage.Sqlite.Tests;

/// <summary>Pruning deletes only rows past their cutoff, never a reply still owed or a nudge that can still go out.</summary>
public sealed class SqliteRetentionStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    private static readonly RetentionCutoffs Cutoffs = new(Now.AddDays(-2), Now.AddDays(-1), Now.AddDays(-1));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Prune_MixedAges_DeletesOnlyWhatIsPastItsCutoff()
    {
        await using var temporary = new TemporaryDatabase();
        var store = temporary.CreateStore();
        var user = await TestData.CreateUserAsync(store, "alice", Ct);
        await TestData.AddInterviewAsync(store, user.Id, Ct);
        long owed;
        await using (var transaction = await store.BeginAsync(Ct))
        {
            await transaction.Inbox.TryRecordAsync("telegram", "old", Now.AddDays(-3), Ct);
            await transaction.Inbox.TryRecordAsync("telegram", "recent", Now.AddHours(-1), Ct);
            owed = await transaction.Outbox.AddAsync(user.Id, "telegram", "chat-1", new Reply("still owed"), Now.AddDays(-10), Ct);
            await transaction.Nudges.ReconcileAsync(
                user.Id, 1, [Nudge("sent, window closed"), Nudge("sent, window open"), Nudge("planned, window closed"), Nudge("cancelled, window closed")], Now, Ct);
            await transaction.CommitAsync(Ct);
        }

        var shownLongAgo = await AddDeliveredAsync(temporary, user.Id, Now.AddDays(-2));
        var shownRecently = await AddDeliveredAsync(temporary, user.Id, Now.AddHours(-1));
        await EndNudgeAsync(temporary, "sent, window closed", "sent", Now.AddDays(-2));
        await EndNudgeAsync(temporary, "sent, window open", "sent", Now.AddHours(1));
        await EndNudgeAsync(temporary, "planned, window closed", "planned", Now.AddDays(-2));
        await EndNudgeAsync(temporary, "cancelled, window closed", "cancelled", Now.AddDays(-2));

        var pruned = await new SqliteRetentionStore(temporary.Database).PruneAsync(Cutoffs, 100, Ct);

        Assert.Equal(new PrunedRows(1, 1, 2), pruned);
        Assert.Equal([owed, shownRecently], await temporary.QueryAsync<long>("SELECT id FROM outbox ORDER BY id", Ct));
        Assert.DoesNotContain(shownLongAgo, await temporary.QueryAsync<long>("SELECT id FROM outbox", Ct));
        Assert.Equal(["planned, window closed", "sent, window open"], await temporary.QueryAsync<string>("SELECT rule FROM nudges ORDER BY rule", Ct));
        Assert.Single(await temporary.CreateDeliveryLog().ListUndeliveredAsync("telegram", Ct));
        await using var check = await store.BeginAsync(Ct);
        Assert.False(await check.Inbox.TryRecordAsync("telegram", "recent", Now, Ct)); // still deduplicated
    }

    [Fact]
    public async Task Prune_MoreThanABatch_DeletesOneBatchPerCall()
    {
        await using var temporary = new TemporaryDatabase();
        var store = temporary.CreateStore();
        await using (var transaction = await store.BeginAsync(Ct))
        {
            for (var i = 0; i < 5; i++)
            {
                await transaction.Inbox.TryRecordAsync("telegram", "key-" + i, Now.AddDays(-3).AddMinutes(i), Ct);
            }

            await transaction.CommitAsync(Ct);
        }

        var retention = new SqliteRetentionStore(temporary.Database);
        var first = await retention.PruneAsync(Cutoffs, 2, Ct);
        var second = await retention.PruneAsync(Cutoffs, 2, Ct);
        var third = await retention.PruneAsync(Cutoffs, 2, Ct);

        Assert.Equal([2, 2, 1], new[] { first.InboxKeys, second.InboxKeys, third.InboxKeys });
        Assert.Equal(0L, await temporary.ScalarAsync<long>("SELECT count(*) FROM inbox", null, Ct));
    }

    /// <summary>Planned as due later; <see cref="EndNudgeAsync"/> then moves it to the state under test.</summary>
    private static PlannedNudge Nudge(string rule) => new(1, rule, Now, Now.AddHours(1), Now.AddDays(2));

    private static async Task<long> AddDeliveredAsync(TemporaryDatabase temporary, long userId, DateTimeOffset shownAt)
    {
        long id;
        await using (var transaction = await temporary.CreateStore().BeginAsync(Ct))
        {
            id = await transaction.Outbox.AddAsync(userId, "telegram", "chat-1", new Reply("shown"), shownAt, Ct);
            await transaction.CommitAsync(Ct);
        }

        await temporary.CreateDeliveryLog().MarkDeliveredAsync(id, shownAt, Ct);
        return id;
    }

    /// <summary>Puts a nudge in the state the dispatcher or the planner would leave it in.</summary>
    private static async Task EndNudgeAsync(TemporaryDatabase temporary, string rule, string status, DateTimeOffset expiresAt)
    {
        await using var connection = await temporary.OpenInspectionConnectionAsync(Ct);
        await connection.ExecuteAsync(
            "UPDATE nudges SET status = @Status, expires_at = @ExpiresAt WHERE rule = @Rule",
            new { Status = status, ExpiresAt = expiresAt, Rule = rule });
    }
}
