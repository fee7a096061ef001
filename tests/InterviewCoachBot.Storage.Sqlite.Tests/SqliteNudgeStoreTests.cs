using InterviewCoachBot.Engine.Ports;

namespace InterviewCoachBot.Storage.Sqlite.Tests;

/// <summary>Planned nudges: reconciling is idempotent and scoped by user; claims are leases; deleting cascades.</summary>
public sealed class SqliteNudgeStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ReconcileAsync_SamePlanTwice_NoDuplicatesAndNoChange()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var store = temporary.CreateStore();
        var user = await TestData.CreateUserAsync(store, "alice", cancellationToken);
        await TestData.AddInterviewAsync(store, user.Id, cancellationToken);
        PlannedNudge[] plan = [Nudge("a", 1), Nudge("b", 2)];

        var first = await ReconcileAsync(store, user.Id, plan, cancellationToken);
        var second = await ReconcileAsync(store, user.Id, plan, cancellationToken);

        Assert.True(first);
        Assert.False(second);
        Assert.Equal(2, await temporary.ScalarAsync<long>("SELECT COUNT(*) FROM nudges", null, cancellationToken));
    }

    [Fact]
    public async Task ReconcileAsync_NoLongerWantedThenWantedAgain_CancelledThenRevived()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var store = temporary.CreateStore();
        var user = await TestData.CreateUserAsync(store, "alice", cancellationToken);
        await TestData.AddInterviewAsync(store, user.Id, cancellationToken);

        await ReconcileAsync(store, user.Id, [Nudge("a", 1), Nudge("b", 2)], cancellationToken);
        await ReconcileAsync(store, user.Id, [Nudge("a", 1)], cancellationToken);
        var cancelled = await temporary.ScalarAsync<string>("SELECT status FROM nudges WHERE rule = 'b'", null, cancellationToken);
        await ReconcileAsync(store, user.Id, [Nudge("a", 1), Nudge("b", 2)], cancellationToken);

        Assert.Equal("cancelled", cancelled);
        Assert.Equal("planned", await temporary.ScalarAsync<string>("SELECT status FROM nudges WHERE rule = 'b'", null, cancellationToken));
        Assert.Equal(2, await temporary.ScalarAsync<long>("SELECT COUNT(*) FROM nudges", null, cancellationToken));
    }

    [Fact]
    public async Task ReconcileAsync_DueAlreadyPassed_NotInserted()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var store = temporary.CreateStore();
        var user = await TestData.CreateUserAsync(store, "alice", cancellationToken);
        await TestData.AddInterviewAsync(store, user.Id, cancellationToken);

        var changed = await ReconcileAsync(store, user.Id, [Nudge("past", -1)], cancellationToken);

        Assert.False(changed);
        Assert.Equal(0, await temporary.ScalarAsync<long>("SELECT COUNT(*) FROM nudges", null, cancellationToken));
    }

    [Fact]
    public async Task Nudges_OtherUsersInterviewNumberAndIds_CannotBeReachedOrSnoozed()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var store = temporary.CreateStore();
        var alice = await TestData.CreateUserAsync(store, "alice", cancellationToken);
        var bob = await TestData.CreateUserAsync(store, "bob", cancellationToken);
        await TestData.AddInterviewAsync(store, alice.Id, cancellationToken);
        await ReconcileAsync(store, alice.Id, [Nudge("a", 1)], cancellationToken);
        var id = await temporary.ScalarAsync<long>("SELECT id FROM nudges", null, cancellationToken);

        await using var transaction = await store.BeginAsync(cancellationToken);
        var bobInserted = await transaction.Nudges.ReconcileAsync(bob.Id, 1, [Nudge("a", 1)], Now, cancellationToken);
        var bobSees = await transaction.Nudges.GetAsync(bob.Id, id, cancellationToken);
        var bobList = await transaction.Nudges.ListPlannedAsync(bob.Id, cancellationToken);
        var bobSnoozed = await transaction.Nudges.SnoozeAsync(bob.Id, id, Now.AddHours(5), cancellationToken);
        var bobStopped = await transaction.Nudges.SetStoppedAsync(bob.Id, 1, stopped: true, cancellationToken);
        var aliceList = await transaction.Nudges.ListPlannedAsync(alice.Id, cancellationToken);

        Assert.False(bobInserted);
        Assert.Null(bobSees);
        Assert.Empty(bobList);
        Assert.False(bobSnoozed);
        Assert.False(bobStopped);
        Assert.Equal(["a"], aliceList.Select(nudge => nudge.Rule));
    }

    [Fact]
    public async Task ClaimDueAsync_ForgedLeases_OnlyStaleOnesReclaimedAndNeverBeforeDue()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var store = temporary.CreateStore();
        var user = await TestData.CreateUserAsync(store, "alice", cancellationToken);
        await TestData.AddInterviewAsync(store, user.Id, cancellationToken);
        await ReconcileAsync(store, user.Id, [Nudge("stale", 1), Nudge("live", 1), Nudge("later", 3)], cancellationToken);
        var at = Now.AddHours(2);
        await temporary.ScalarAsync<long>("UPDATE nudges SET lease_until = @Lease WHERE rule = 'stale'", new { Lease = Format(at.AddMinutes(-5)) }, cancellationToken);
        await temporary.ScalarAsync<long>("UPDATE nudges SET lease_until = @Lease WHERE rule = 'live'", new { Lease = Format(at.AddMinutes(4)) }, cancellationToken);
        var log = new SqliteNudgeDispatchLog(temporary.Database);
        var scope = new NudgeScope("telegram");

        var claimed = await log.ClaimDueAsync(scope, at, TimeSpan.FromMinutes(1), 10, cancellationToken);
        var again = await log.ClaimDueAsync(scope, at, TimeSpan.FromMinutes(1), 10, cancellationToken);
        var next = await log.NextWakeAsync(scope, cancellationToken);
        var otherPlatform = await log.ClaimDueAsync(new NudgeScope("discord"), at.AddHours(5), TimeSpan.FromMinutes(1), 10, cancellationToken);
        var otherAudience = await log.ClaimDueAsync(new NudgeScope("telegram", ["bob"]), at.AddHours(5), TimeSpan.FromMinutes(1), 10, cancellationToken);

        Assert.Equal(["stale"], claimed.Select(nudge => nudge.Rule));
        Assert.Equal(("alice", 1), (claimed[0].ExternalUserId, claimed[0].InterviewNumber));
        Assert.Empty(again);
        Assert.Equal(at.AddMinutes(1), next); // the fresh lease on "stale" ends first
        Assert.Empty(otherPlatform);
        Assert.Empty(otherAudience);
    }

    [Fact]
    public async Task MarkUnreachableAsync_CancelsOnlyThatUsersPlannedNudges()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var store = temporary.CreateStore();
        var alice = await TestData.CreateUserAsync(store, "alice", cancellationToken);
        var bob = await TestData.CreateUserAsync(store, "bob", cancellationToken);
        await TestData.AddInterviewAsync(store, alice.Id, cancellationToken);
        await TestData.AddInterviewAsync(store, bob.Id, cancellationToken);
        await ReconcileAsync(store, alice.Id, [Nudge("a", 1)], cancellationToken);
        await ReconcileAsync(store, bob.Id, [Nudge("a", 1)], cancellationToken);

        await new SqliteNudgeDispatchLog(temporary.Database).MarkUnreachableAsync(alice.Id, Now, cancellationToken);
        await using var transaction = await store.BeginAsync(cancellationToken);

        Assert.NotNull((await transaction.Nudges.GetSettingsAsync(alice.Id, cancellationToken)).UnreachableSince);
        Assert.Null((await transaction.Nudges.GetSettingsAsync(bob.Id, cancellationToken)).UnreachableSince);
        Assert.Empty(await transaction.Nudges.ListPlannedAsync(alice.Id, cancellationToken));
        Assert.Single(await transaction.Nudges.ListPlannedAsync(bob.Id, cancellationToken));
    }

    [Fact]
    public async Task DeleteUserOrInterview_RemovesTheirNudges()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var store = temporary.CreateStore();
        var alice = await TestData.CreateUserAsync(store, "alice", cancellationToken);
        var bob = await TestData.CreateUserAsync(store, "bob", cancellationToken);
        await TestData.AddInterviewAsync(store, alice.Id, cancellationToken);
        await TestData.AddInterviewAsync(store, bob.Id, cancellationToken);
        await ReconcileAsync(store, alice.Id, [Nudge("a", 1)], cancellationToken);
        await ReconcileAsync(store, bob.Id, [Nudge("a", 1)], cancellationToken);

        await using (var transaction = await store.BeginAsync(cancellationToken))
        {
            await transaction.Users.DeleteAsync(alice.Id, cancellationToken);
            await transaction.Interviews.DeleteAsync(bob.Id, 1, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        Assert.Equal(0, await temporary.ScalarAsync<long>("SELECT COUNT(*) FROM nudges", null, cancellationToken));
    }

    private static PlannedNudge Nudge(string rule, int hours) =>
        new(1, rule, Now.AddHours(-1), Now.AddHours(hours), Now.AddDays(1));

    private static async Task<bool> ReconcileAsync(IBotStore store, long userId, PlannedNudge[] plan, CancellationToken cancellationToken)
    {
        await using var transaction = await store.BeginAsync(cancellationToken);
        var changed = await transaction.Nudges.ReconcileAsync(userId, 1, plan, Now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return changed;
    }

    private static string Format(DateTimeOffset instant) => instant.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture);
}
