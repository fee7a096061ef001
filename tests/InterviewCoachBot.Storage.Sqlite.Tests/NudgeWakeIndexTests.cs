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

        // With statistics of a real table (100 users, 1,000 planned), SQLite weighs its costlier plans too.
        await using var connection = await temporary.OpenInspectionConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            WITH RECURSIVE seq(x) AS (SELECT 2 UNION ALL SELECT x + 1 FROM seq WHERE x < 101)
            INSERT INTO users (id, platform, external_id, time_zone_id, created_at) SELECT x, 'telegram', 'user-' || x, 'UTC', @Now FROM seq;
            INSERT INTO interviews (id, user_id, number, company, role, interviewers, held_at, channel, created_at)
            SELECT id, id, 1, 'Acme', 'Engineer', 'Dana', @Now, 0, @Now FROM users;
            WITH RECURSIVE seq(x) AS (SELECT 0 UNION ALL SELECT x + 1 FROM seq WHERE x < 999)
            INSERT INTO nudges (user_id, interview_id, rule, anchor, due_at, expires_at)
            SELECT x % 100 + 2, x % 100 + 2, 'rule-' || x, @Now, @Now, @Now FROM seq;
            ANALYZE main;
            """,
            new { Now },
            cancellationToken: cancellationToken));
        var plan = (await connection.QueryAsync<(long Id, long Parent, long NotUsed, string Detail)>(new CommandDefinition(
            "EXPLAIN QUERY PLAN " + sql,
            new { Now, LeaseUntil = Now.AddMinutes(1), scope.Platform, Limit = 50 },
            cancellationToken: cancellationToken))).Select(row => row.Detail).ToList();

        Assert.Contains(plan, step => step.Contains("nudges_planned_wake", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.Contains("BLOOM FILTER", StringComparison.Ordinal)); // built over every user, per call
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
