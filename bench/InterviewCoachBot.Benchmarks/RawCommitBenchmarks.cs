using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;

namespace InterviewCoachBot.Benchmarks;

/// <summary>
/// P1's reference: the cheapest durable write this disk allows, one single-row insert committed with WAL and
/// synchronous=FULL on an open connection. A message through the bot can approach this, not beat it (without group commit).
/// </summary>
public class RawCommitBenchmarks
{
    private string folder = string.Empty;
    private SqliteConnection connection = null!;
    private SqliteCommand insert = null!;

    [GlobalSetup]
    public void Setup()
    {
        folder = Directory.CreateTempSubdirectory("icb-bench-raw-").FullName;
        connection = new SqliteConnection($"Data Source={Path.Combine(folder, "raw.db")}");
        connection.Open();
        using (var setup = connection.CreateCommand())
        {
            setup.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL);";
            setup.ExecuteNonQuery();
        }

        insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO t (v) VALUES ('a message-sized row of about forty bytes')";
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        insert.Dispose();
        connection.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>One autocommit insert: one WAL append and its fsync.</summary>
    [Benchmark(Baseline = true)]
    public int SingleRowCommit() => insert.ExecuteNonQuery();
}
