using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace InterviewCoachBot.Host.Tests;

/// <summary><c>InterviewCoachBot backup FILE</c> run as a separate process, the way an operator runs it beside the bot.</summary>
public sealed class BackupEndToEndTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Backup_WhileTheBotRuns_CopiesWhatItCommittedAndTheCopyOpensAsTheBotsDatabase()
    {
        using var folder = new TemporaryFolder();
        var database = folder.File("bot.db");
        var copy = folder.File(Path.Combine("backups", "monday.db"));
        await using (var bot = BotProcess.Start(["--db", database]))
        {
            // The running bot keeps its last commits in the WAL, which only a backup through SQLite sees.
            await bot.TypeAsync("/interview Initech | Analyst | Peter | tomorrow 10:00 | video", Ct);
            await WaitUntilAsync(() => Count(database, "interviews") == 1, "the interview to be saved");

            var backup = await BotProcess.Start(["backup", copy, "--db", database]).WaitForExitAsync(Ct);

            Assert.True(backup.ExitCode == 0, backup.Errors);
            Assert.Contains($"Backed up {database} to {copy}", backup.Output, StringComparison.Ordinal);
            Assert.Contains("integrity check ok", backup.Output, StringComparison.Ordinal);
            Assert.Empty(backup.Errors);
        }

        Assert.Equal(["monday.db"], Directory.GetFiles(Path.GetDirectoryName(copy)!).Select(Path.GetFileName));
        var restored = await BotProcess.Start(["--db", copy]).RunScriptAsync(["/interviews"], Ct);
        Assert.Equal(0, restored.ExitCode);
        Assert.Contains("#1 Initech: Analyst", restored.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backup_TargetExists_RefusesAndLeavesTheEarlierBackupAsItWas()
    {
        using var folder = new TemporaryFolder();
        var database = folder.File("bot.db");
        Assert.Equal(0, (await BotProcess.Start(["--db", database]).RunScriptAsync(["/interview Initech | Analyst | Peter | tomorrow 10:00 | video"], Ct)).ExitCode);
        var earlier = folder.File("earlier.db");
        await File.WriteAllTextAsync(earlier, "last week's backup", Ct);

        var backup = await BotProcess.Start(["backup", earlier, "--db", database]).WaitForExitAsync(Ct);

        Assert.Equal(1, backup.ExitCode);
        Assert.Contains($"'{earlier}' exists already", backup.Errors, StringComparison.Ordinal);
        Assert.Equal("last week's backup", await File.ReadAllTextAsync(earlier, Ct));
    }

    [Fact]
    public async Task Backup_NoDatabaseThere_SaysSoAndCreatesNothing()
    {
        using var folder = new TemporaryFolder();
        var missing = folder.File("typo.db");

        var backup = await BotProcess.Start(["backup", folder.File("copy.db"), "--db", missing]).WaitForExitAsync(Ct);

        Assert.Equal(1, backup.ExitCode);
        Assert.Contains($"there is no database at '{missing}'", backup.Errors, StringComparison.Ordinal);
        Assert.False(File.Exists(missing), "a mistyped path must not become an empty database");
        Assert.False(File.Exists(folder.File("copy.db")));
    }

    [Fact]
    public async Task Backup_NoFileGiven_PrintsTheUsage()
    {
        var backup = await BotProcess.Start(["backup"]).WaitForExitAsync(Ct);

        Assert.Equal(2, backup.ExitCode);
        Assert.StartsWith("Usage: InterviewCoachBot backup FILE", backup.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_PrintsTheBuildsVersion()
    {
        var run = await BotProcess.Start(["--version"]).WaitForExitAsync(Ct);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^InterviewCoachBot \d+\.\d+\.\d+", run.Output);
    }

    private static long Count(string database, string table)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Waits for a state of the bot's file that its process reaches on its own (it prints no event to wait on).</summary>
    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var started = Stopwatch.StartNew();
        while (!Try(condition))
        {
            Assert.True(started.Elapsed < Wait, $"Timed out waiting for {what}.");
            await Task.Delay(20, Ct);
        }
    }

    /// <summary>The file may not exist, or have no tables, until the bot has opened it.</summary>
    private static bool Try(Func<bool> condition)
    {
        try
        {
            return condition();
        }
        catch (SqliteException)
        {
            return false;
        }
    }
}
