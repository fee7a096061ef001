using System.Runtime.Versioning;
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
        Assert.Equal(["checklist_ticks", "deferred_inbound", "dialogs", "inbox", "interviews", "notes", "nudges", "outbox", "parked_updates", "platform_state", "secrets", "users"], tables);
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

        var exception = await Assert.ThrowsAsync<DatabaseUnusableException>(() => database.InitializeAsync(cancellationToken));

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

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task InitializeAsync_NewFileInNewFolder_FileWalShmAndFolderAreOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Unix file modes");
        }

        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase(fileName: Path.Combine("private", "bot.db"));

        // The migrations were written through the WAL; an open connection keeps the -wal and -shm files there to look at.
        await using var connection = await temporary.Database.OpenConnectionAsync(cancellationToken);

        const UnixFileMode ownerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        Assert.Equal(ownerReadWrite, File.GetUnixFileMode(temporary.FilePath));
        Assert.Equal(ownerReadWrite, File.GetUnixFileMode(temporary.FilePath + "-wal"));
        Assert.Equal(ownerReadWrite, File.GetUnixFileMode(temporary.FilePath + "-shm"));
        Assert.Equal(ownerReadWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(temporary.FilePath)!));
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task InitializeAsync_ExistingWorldReadableFile_IsMadeOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Unix file modes");
        }

        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        await temporary.ScalarAsync<int>("PRAGMA user_version", null, cancellationToken);
        File.SetUnixFileMode(temporary.FilePath, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        await temporary.Database.InitializeAsync(cancellationToken);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(temporary.FilePath));
    }

    [Fact]
    public async Task InitializeAsync_PathIsAFolder_ThrowsSayingSoAndNamingTheSetting()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        Directory.CreateDirectory(temporary.FilePath);

        var exception = await Assert.ThrowsAsync<DatabaseUnusableException>(() => temporary.Database.InitializeAsync(cancellationToken));

        Assert.Contains($"'{temporary.FilePath}' is a folder", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Storage:Path", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InitializeAsync_FileIsNotADatabase_ThrowsSayingSoAndLeavesItAlone()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var text = string.Concat(Enumerable.Repeat("not a database, just some notes\n", 40));
        await File.WriteAllTextAsync(temporary.FilePath, text, cancellationToken);

        var exception = await Assert.ThrowsAsync<DatabaseUnusableException>(() => temporary.Database.InitializeAsync(cancellationToken));

        Assert.Contains($"'{temporary.FilePath}' is not a SQLite database", exception.Message, StringComparison.Ordinal);
        Assert.Equal(text, await File.ReadAllTextAsync(temporary.FilePath, cancellationToken));
    }

    [Fact]
    public async Task InitializeAsync_FolderCannotBeCreated_ThrowsNamingTheFileAndTheSetting()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase(fileName: Path.Combine("plain-file", "bot.db"));
        await File.WriteAllTextAsync(Path.Combine(temporary.Folder, "plain-file"), "a file where a folder should be", cancellationToken);

        var exception = await Assert.ThrowsAsync<DatabaseUnusableException>(() => temporary.Database.InitializeAsync(cancellationToken));

        Assert.Contains($"'{temporary.FilePath}' cannot be created", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Storage:Path (or --db)", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', exception.Message);
    }

    private static Task<T?> Pragma<T>(SqliteConnection connection, string name, CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<T>(new CommandDefinition($"PRAGMA {name}", cancellationToken: cancellationToken));
}
