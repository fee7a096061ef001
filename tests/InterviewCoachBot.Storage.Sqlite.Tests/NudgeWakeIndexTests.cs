using Dapper;
using InterviewCoachBot.Engine.Ports;

namespace InterviewCoachBot.Storage.Sqlite.Tests;

/// <summary>
/// The dispatcher finds the next due nudge through the wake index, whatever is planned for later: its reads stay
/// O(log n) at millions of planned nudges, and a retry or a lease pushes a nudge back in that same order.
/// </summary>
public sealed class NudgeWakeIndexTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> EveryoneQueries => ["claim", "next wake"];

    [Theory]
    [MemberData(nameof(EveryoneQueries))]
    public async Task EveryUserOfAPlatform_QueryWalksTheWakeIndexWithoutSortingOrScanning(string query)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        await TestData.CreateUserAsync(temporary.CreateStore(), "alice", cancellationToken);
        var scope = new NudgeScope("telegram");
        var sql = query == "claim" ? NudgeWakeQueries.Claim(scope) : NudgeWakeQueries.NextWake(scope);

        await using var connection = await temporary.OpenInspectionConnectionAsync(cancellationToken);
        var plan = (await connection.QueryAsync<(long Id, long Parent, long NotUsed, string Detail)>(new CommandDefinition(
            "EXPLAIN QUERY PLAN " + sql,
            new { Now, LeaseUntil = Now.AddMinutes(1), scope.Platform, Limit = 50 },
            cancellationToken: cancellationToken))).Select(row => row.Detail).ToList();

        Assert.Contains(plan, step => step.Contains("nudges_planned_wake", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN", StringComparison.Ordinal) && !step.Contains("INDEX", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RetryAndLease_PushTheNudgeBehindLaterOnes_ClaimTakesTheEarliestClaimableFirst()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var store = temporary.CreateStore();
        var user = await TestData.CreateUserAsync(store, "alice", cancellationToken);
        await TestData.AddInterviewAsync(store, user.Id, cancellationToken);
        await using (var transaction = await store.BeginAsync(cancellationToken))
        {
            PlannedNudge[] plan = [Nudge("retried", 1), Nudge("second", 2), Nudge("third", 3)];
            await transaction.Nudges.ReconcileAsync(user.Id, 1, plan, Now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        var log = new SqliteNudgeDispatchLog(temporary.Database);
        var scope = new NudgeScope("telegram");
        var first = await log.ClaimDueAsync(scope, Now.AddHours(1), TimeSpan.FromMinutes(1), 10, cancellationToken);
        await log.RetryAsync(first[0].Id, 1, Now.AddHours(5), cancellationToken);
        var atFour = await log.ClaimDueAsync(scope, Now.AddHours(4), TimeSpan.FromHours(2), 1, cancellationToken);
        var nextAfterOne = await log.NextWakeAsync(scope, cancellationToken);
        var atFourAgain = await log.ClaimDueAsync(scope, Now.AddHours(4), TimeSpan.FromHours(2), 10, cancellationToken);
        await log.MarkSentAsync(atFour[0].Id, Now.AddHours(4), late: true, cancellationToken);
        await log.MarkSentAsync(atFourAgain[0].Id, Now.AddHours(4), late: true, cancellationToken);
        var nextAfterSent = await log.NextWakeAsync(scope, cancellationToken);

        Assert.Equal(["retried"], first.Select(nudge => nudge.Rule));
        Assert.Equal(["second"], atFour.Select(nudge => nudge.Rule)); // the limit stops the claim at one
        Assert.Equal(Now.AddHours(3), nextAfterOne); // "third" is due; "second" is leased until +6h
        Assert.Equal(["third"], atFourAgain.Select(nudge => nudge.Rule));
        Assert.Equal(Now.AddHours(5), nextAfterSent); // only the retry is left
    }

    private static PlannedNudge Nudge(string rule, int hours) =>
        new(1, rule, Now.AddHours(-1), Now.AddHours(hours), Now.AddDays(1));
}
