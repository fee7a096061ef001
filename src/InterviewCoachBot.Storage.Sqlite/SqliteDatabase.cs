using System.Globalization;
using Dapper;
using InterviewCoachBot.Engine.Files;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InterviewCoachBot.Storage.Sqlite;

/// <summary>
/// The bot's SQLite file: creates its folder, migrates its schema once, and hands out pooled connections with the
/// durability settings applied (WAL, <c>synchronous</c>, <c>busy_timeout</c>, foreign keys, secure delete).
/// </summary>
/// <remarks>
/// Initialization is lazy and thread-safe: the first <see cref="OpenConnectionAsync"/> migrates the file. A host that wants
/// a bad file to stop it before it starts receiving calls <see cref="InitializeAsync"/> at start-up; later calls return at once.
/// </remarks>
public sealed class SqliteDatabase : IDisposable
{
    private const string UserVersionSql = "PRAGMA user_version";

    private const string JournalModeWalSql = "PRAGMA journal_mode = WAL";

    private const string WriteElsewhere = "set Storage:Path (or --db) to a file in a folder you can write to";
    private const string ReplaceIt = "move it away, or set Storage:Path (or --db) to another file";

    private const string CheckpointTruncateSql = "PRAGMA wal_checkpoint(TRUNCATE)";

    private readonly SemaphoreSlim initializationLock = new(1, 1);
    private readonly ILogger<SqliteDatabase> logger;
    private readonly string connectionString;
    private readonly string connectionPragmasSql;
    private readonly bool ownsFolder;
    private volatile bool initialized;

    public SqliteDatabase(IOptions<SqliteStorageOptions> options, ILogger<SqliteDatabase> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        SqliteTypeHandlers.EnsureRegistered();

        var settings = options.Value;
        this.logger = logger;
        FilePath = settings.ResolvePath();
        ownsFolder = settings.UsesDefaultPath;
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = (int)Math.Ceiling(settings.BusyTimeout.TotalSeconds),
        }.ToString();

        // Pragmas take no parameters; both values come from validated options and are re-rendered here, never copied as text.
        var synchronous = string.Equals(settings.Synchronous, "NORMAL", StringComparison.OrdinalIgnoreCase) ? "NORMAL" : "FULL";
        var busyTimeoutMilliseconds = ((long)settings.BusyTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
        connectionPragmasSql = $"""
            PRAGMA synchronous = {synchronous};
            PRAGMA busy_timeout = {busyTimeoutMilliseconds};
            PRAGMA foreign_keys = ON;
            PRAGMA secure_delete = ON;
            """;
    }

    /// <summary>The full path of the database file.</summary>
    public string FilePath { get; }

    /// <summary>The schema version (<c>PRAGMA user_version</c>) this build migrates files to.</summary>
    public static int SchemaVersion => SqliteMigrations.LatestVersion;

    /// <summary>
    /// Creates the folder and the file if needed, readable by their owner only; switches the file to WAL and applies the
    /// missing migrations, once.
    /// </summary>
    /// <exception cref="DatabaseUnusableException">
    /// The file cannot be created or opened, is not a SQLite database, or was written by a newer build (its schema version is
    /// higher than <see cref="SchemaVersion"/>).
    /// </exception>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (initialized)
        {
            return;
        }

        await initializationLock.WaitAsync(cancellationToken);
        try
        {
            if (initialized)
            {
                return;
            }

            CreatePrivateFile();
            await using var connection = await OpenConfiguredConnectionAsync(cancellationToken);
            await EnableWalAsync(connection, cancellationToken);
            await MigrateAsync(connection, cancellationToken);

            // Only now that it proved to be our database: a file that is not one is left exactly as it was.
            foreach (var path in new[] { FilePath, FilePath + "-wal", FilePath + "-shm" }.Where(File.Exists))
            {
                Restrict(path);
            }

            initialized = true;
        }
        catch (SqliteException ex)
        {
            throw ex.SqliteErrorCode switch
            {
                SQLitePCL.raw.SQLITE_NOTADB => Unusable("is not a SQLite database", ReplaceIt, ex),
                SQLitePCL.raw.SQLITE_CORRUPT => Unusable("is damaged", ReplaceIt, ex),
                SQLitePCL.raw.SQLITE_CANTOPEN => Unusable("cannot be opened", WriteElsewhere, ex),
                _ => Unusable("cannot be used", WriteElsewhere, ex),
            };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw Unusable("cannot be created", WriteElsewhere, ex);
        }
        finally
        {
            initializationLock.Release();
        }
    }

    /// <summary>Opens a pooled connection with this database's pragmas applied, initializing the file first if needed.</summary>
    /// <remarks>A connection is not thread-safe: use it for one unit of work and dispose it.</remarks>
    public async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken = default)
    {
        await InitializeAsync(cancellationToken);
        return await OpenConfiguredConnectionAsync(cancellationToken);
    }

    public void Dispose() => initializationLock.Dispose();

    /// <summary>
    /// SQLite would create the file as the umask allows (usually world-readable); created here first, owner-only, it passes
    /// its mode on to the -wal and -shm files SQLite makes beside it.
    /// </summary>
    private void CreatePrivateFile()
    {
        if (Directory.Exists(FilePath))
        {
            throw new DatabaseUnusableException(
                $"The database path '{FilePath}' is a folder: set Storage:Path (or --db) to a file, such as {Path.Combine(FilePath, "interviewcoachbot.db")}.");
        }

        var folder = Path.GetDirectoryName(FilePath)!;
        PrivateFiles.CreateFolder(folder);
        if (ownsFolder)
        {
            Restrict(folder);
        }

        if (!File.Exists(FilePath))
        {
            try
            {
                PrivateFiles.CreateNew(FilePath).Dispose();
            }
            catch (IOException) when (File.Exists(FilePath))
            {
                // Another process created it meanwhile: it is restricted after opening, like any existing file.
            }
        }
    }

    private void Restrict(string path)
    {
        try
        {
            if (PrivateFiles.Restrict(path))
            {
                logger.MadePrivate(path);
            }
        }
        catch (UnauthorizedAccessException ex)
        {
            // Someone else's file that we may still write: usable, so go on, but say that it is not private.
            logger.CannotMakePrivate(path, ex);
        }
    }

    private DatabaseUnusableException Unusable(string problem, string advice, Exception inner) =>
        new($"The database file '{FilePath}' {problem} ({inner.Message.TrimEnd('.')}): {advice}.", inner);

    /// <summary>
    /// Copies every committed page from the WAL into the file and truncates the WAL to nothing, so the earlier versions of
    /// changed pages (text a "forget" just deleted) are gone from both files. Waits for readers up to the busy timeout.
    /// </summary>
    /// <remarks>
    /// It runs after a commit, so it never fails the unit of work: a problem is logged, and the next checkpoint finishes it.
    /// </remarks>
    internal async Task CheckpointAsync(SqliteConnection connection)
    {
        try
        {
            // Not cancellable: the commit is done. One row (busy, log, checkpointed); busy is 1 when a reader kept it from finishing.
            var busy = await connection.ExecuteScalarAsync<long>(new CommandDefinition(CheckpointTruncateSql, cancellationToken: CancellationToken.None));
            if (busy != 0)
            {
                logger.CheckpointIncomplete(FilePath, null);
            }
        }
        catch (SqliteException ex)
        {
            logger.CheckpointIncomplete(FilePath, ex);
        }
    }

    private async Task<SqliteConnection> OpenConfiguredConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            // Registered before opening, so the function exists on every connection, the migrating one included.
            connection.CreateFunction<byte[], string, string>(DedupeKeyHash.FunctionName, DedupeKeyHash.Compute, isDeterministic: true);
            await connection.OpenAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(connectionPragmasSql, cancellationToken: cancellationToken));
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task EnableWalAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        // Persistent in the file: once set, every later connection opens in WAL mode.
        var journalMode = await connection.ExecuteScalarAsync<string>(new CommandDefinition(JournalModeWalSql, cancellationToken: cancellationToken));
        if (!string.Equals(journalMode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            logger.NotWal(FilePath, journalMode ?? "unknown");
        }
    }

    private async Task MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var latest = SqliteMigrations.LatestVersion;
        var current = await connection.ExecuteScalarAsync<int>(new CommandDefinition(UserVersionSql, cancellationToken: cancellationToken));
        ThrowIfFromTheFuture(current, latest);

        foreach (var migration in SqliteMigrations.All)
        {
            if (migration.Version <= current)
            {
                continue;
            }

            // BEGIN IMMEDIATE, then read the version again: another process may have migrated the file meanwhile.
            await using var transaction = connection.BeginTransaction(deferred: false);
            current = await connection.ExecuteScalarAsync<int>(new CommandDefinition(UserVersionSql, transaction: transaction, cancellationToken: cancellationToken));
            ThrowIfFromTheFuture(current, latest);
            if (migration.Version <= current)
            {
                continue;
            }

            await connection.ExecuteAsync(new CommandDefinition(migration.Script, transaction: transaction, cancellationToken: cancellationToken));
            var setVersionSql = string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {migration.Version}");
            await connection.ExecuteAsync(new CommandDefinition(setVersionSql, transaction: transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
            current = migration.Version;
            logger.MigrationApplied(migration.Version, migration.Name, FilePath);
        }

        logger.DatabaseReady(FilePath, current);
    }

    private void ThrowIfFromTheFuture(int fileVersion, int codeVersion)
    {
        if (fileVersion <= codeVersion)
        {
            return;
        }

        throw new DatabaseUnusableException(
            $"The database file '{FilePath}' has schema version {fileVersion}, but this build of InterviewCoachBot knows versions " +
            $"up to {codeVersion} only. The file was written by a newer version: run that version, or point Storage:Path at a " +
            "file made by this one. The file was not changed.");
    }
}
