using Dapper;
using Microsoft.Data.Sqlite;

namespace InterviewCoachBot.Storage.Sqlite.Tests;

public sealed class SqliteDatabaseTests
{
    private const int MigrationAppliedEvent = 2000;

    [Fact]
    public async Task InitializeAsync_EmptyFile_AppliesEveryMigrationAndCreatesTables()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var logger = new RecordingLogger<SqliteDatabase>();
        var database = temporary.OpenDatabase(logger);

        await database.InitializeAsync(cancellationToken);

        Assert.Equal(SqliteDatabase.SchemaVersion, await temporary.ScalarAsync<int>("PRAGMA user_version", null, cancellationToken));
        Assert.Equal(SqliteDatabase.SchemaVersion, logger.Count(MigrationAppliedEvent));
        await using var connection = await temporary.OpenInspectionConnectionAsync(cancellationToken);
        var tables = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
            cancellationToken: cancellationToken));
        Assert.Equal(["checklist_ticks", "deferred_inbound", "dialogs", "inbox", "interviews", "notes", "nudges", "outbox", "parked_updates", "platform_state", "users"], tables);
    }

    [Fact]
    public async Task InitializeAsync_UpToDateFile_AppliesNothing()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        await temporary.OpenDatabase().InitializeAsync(cancellationToken);
        var logger = new RecordingLogger<SqliteDatabase>();
        var reopened = temporary.OpenDatabase(logger);

        await reopened.InitializeAsync(cancellationToken);

        Assert.Equal(0, logger.Count(MigrationAppliedEvent));
        Assert.Equal(SqliteDatabase.SchemaVersion, await temporary.ScalarAsync<int>("PRAGMA user_version", null, cancellationToken));
    }

    [Fact]
    public async Task InitializeAsync_CalledTwiceOnOneInstance_MigratesOnce()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var logger = new RecordingLogger<SqliteDatabase>();
        var database = temporary.OpenDatabase(logger);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => database.InitializeAsync(cancellationToken), cancellationToken)));
        await database.InitializeAsync(cancellationToken);

        Assert.Equal(SqliteDatabase.SchemaVersion, logger.Count(MigrationAppliedEvent));
    }

    [Fact]
    public async Task InitializeAsync_FileFromTheFuture_ThrowsNamingBothVersionsAndLeavesFileAlone()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var futureVersion = SqliteDatabase.SchemaVersion + 7;
        await temporary.ScalarAsync<int>($"PRAGMA user_version = {futureVersion}", null, cancellationToken);
        var database = temporary.OpenDatabase();

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => database.InitializeAsync(cancellationToken));

        Assert.Contains($"schema version {futureVersion}", exception.Message, StringComparison.Ordinal);
        Assert.Contains($"up to {SqliteDatabase.SchemaVersion}", exception.Message, StringComparison.Ordinal);
        Assert.Contains("newer version", exception.Message, StringComparison.Ordinal);
        Assert.Equal(futureVersion, await temporary.ScalarAsync<int>("PRAGMA user_version", null, cancellationToken));
        Assert.Equal(0, await temporary.ScalarAsync<int>("SELECT COUNT(*) FROM sqlite_schema", null, cancellationToken));
    }

    [Fact]
    public async Task OpenConnectionAsync_NewFile_CreatesMissingFolder()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase(fileName: Path.Combine("nested", "deeper", "bot.db"));

        await using var connection = await temporary.Database.OpenConnectionAsync(cancellationToken);

        Assert.True(File.Exists(temporary.FilePath));
    }

    [Fact]
    public async Task OpenConnectionAsync_DefaultOptions_AppliesWalFullSyncForeignKeysSecureDeleteAndBusyTimeout()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();

        await using var connection = await temporary.Database.OpenConnectionAsync(cancellationToken);

        Assert.Equal("wal", await Pragma<string>(connection, "journal_mode", cancellationToken));
        Assert.Equal(2, await Pragma<int>(connection, "synchronous", cancellationToken));
        Assert.Equal(1, await Pragma<int>(connection, "foreign_keys", cancellationToken));
        Assert.Equal(1, await Pragma<int>(connection, "secure_delete", cancellationToken));
        Assert.Equal(5000, await Pragma<int>(connection, "busy_timeout", cancellationToken));
    }

    [Fact]
    public async Task OpenConnectionAsync_SynchronousNormalAndShortBusyTimeout_AppliesThem()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase(options =>
        {
            options.Synchronous = "NORMAL";
            options.BusyTimeout = TimeSpan.FromMilliseconds(250);
        });

        await using var connection = await temporary.Database.OpenConnectionAsync(cancellationToken);

        Assert.Equal(1, await Pragma<int>(connection, "synchronous", cancellationToken));
        Assert.Equal(250, await Pragma<int>(connection, "busy_timeout", cancellationToken));
    }

    [Fact]
    public async Task InitializeAsync_NewFile_StaysInWalForLaterPlainConnections()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();

        await temporary.Database.InitializeAsync(cancellationToken);

        Assert.Equal("wal", await temporary.ScalarAsync<string>("PRAGMA journal_mode", null, cancellationToken));
    }

    private static Task<T?> Pragma<T>(SqliteConnection connection, string name, CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<T>(new CommandDefinition($"PRAGMA {name}", cancellationToken: cancellationToken));
}
