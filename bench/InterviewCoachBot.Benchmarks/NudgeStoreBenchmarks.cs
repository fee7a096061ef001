using BenchmarkDotNet.Attributes;
using Dapper;
using InterviewCoachBot.Engine.Ports;
using InterviewCoachBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace InterviewCoachBot.Benchmarks;

/// <summary>
/// P4: the dispatcher's two reads with many nudges planned, on a real SQLite file (WAL, synchronous=FULL). 10,000
/// users each have 100 planned nudges, spread two seconds apart; the first 50 are due, the rest wait.
/// </summary>
/// <remarks>
/// <see cref="Claim"/> leases for zero seconds, so the same 50 stay claimable and every call does the same work: walk
/// the wake index, write 50 leases, read their details, commit. Its time is an upper bound of how long it holds the
/// write lock (the transaction is <c>BEGIN IMMEDIATE</c> from the first statement to the commit's fsync).
/// </remarks>
[MemoryDiagnoser]
public class NudgeStoreBenchmarks
{
    private const int Users = 10_000;
    private const int DueNow = 50;

    private static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly NudgeScope Everyone = new("telegram");

    private string folder = string.Empty;
    private SqliteDatabase database = null!;
    private SqliteNudgeDispatchLog log = null!;

    [Params(10_000, 1_000_000)]
    public int Pending { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        folder = Directory.CreateTempSubdirectory("icb-bench-nudges-").FullName;
        database = new SqliteDatabase(Options.Create(new SqliteStorageOptions { Path = Path.Combine(folder, "bench.db") }), NullLogger<SqliteDatabase>.Instance);
        log = new SqliteNudgeDispatchLog(database);
        await using var connection = await database.OpenConnectionAsync();
        await using var transaction = connection.BeginTransaction(deferred: false);
        const string seedSql = """
            WITH RECURSIVE seq(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM seq WHERE x < @Users)
            INSERT INTO users (id, platform, external_id, time_zone_id, created_at)
            SELECT x, 'telegram', 'user-' || x, 'Europe/Berlin', @Anchor FROM seq;

            INSERT INTO interviews (id, user_id, number, company, role, interviewers, held_at, channel, created_at)
            SELECT id, id, 1, 'Acme', 'Engineer', 'Dana', @Anchor, 0, @Anchor FROM users;

            WITH RECURSIVE seq(x) AS (SELECT 0 UNION ALL SELECT x + 1 FROM seq WHERE x < @Pending - 1)
            INSERT INTO nudges (user_id, interview_id, rule, anchor, due_at, expires_at)
            SELECT x % @Users + 1, x % @Users + 1, 'rule-' || x, @Anchor,
                   strftime('%Y-%m-%dT%H:%M:%S.0000000+00:00', @Start, printf('%+d seconds', (x - @DueNow + 1) * 2)),
                   strftime('%Y-%m-%dT%H:%M:%S.0000000+00:00', @Start, printf('%+d seconds', (x - @DueNow + 1) * 2 + 86400))
            FROM seq;
            """;
        await connection.ExecuteAsync(seedSql, new { Users, Pending, DueNow, Start = Now.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), Anchor = Now }, transaction);
        await transaction.CommitAsync();
        await connection.ExecuteAsync("ANALYZE main");
        await connection.ExecuteAsync("PRAGMA wal_checkpoint(TRUNCATE)");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        database.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>When the dispatcher must wake next: the earliest planned nudge of the platform.</summary>
    [Benchmark]
    public Task<DateTimeOffset?> NextWake() => log.NextWakeAsync(Everyone);

    /// <summary>Lease the due nudges (a batch of 50) in one write transaction.</summary>
    [Benchmark]
    public Task<IReadOnlyList<ClaimedNudge>> Claim() => log.ClaimDueAsync(Everyone, Now, TimeSpan.Zero, DueNow);
}
