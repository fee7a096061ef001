using System.Text;
using Dapper;
using InterviewCoachBot.Engine.Ports;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace InterviewCoachBot.Storage.Sqlite.Tests;

/// <summary>
/// A real SQLite file in a fresh temporary folder, deleted with everything beside it (-wal, -shm) on dispose.
/// </summary>
/// <remarks>
/// <see cref="Database"/> is the instance the stores share; <see cref="OpenDatabase"/> makes another one on the same file, as a
/// restarted process would. <see cref="OpenInspectionConnectionAsync"/> bypasses the code under test (no pool, no migration).
/// </remarks>
public sealed class TemporaryDatabase : IAsyncDisposable
{
    private readonly Action<SqliteStorageOptions>? configure;
    private readonly List<SqliteDatabase> databases = [];
    private SqliteDatabase? database;

    public TemporaryDatabase(Action<SqliteStorageOptions>? configure = null, string fileName = "bot.db")
    {
        this.configure = configure;
        Folder = Directory.CreateTempSubdirectory("interviewcoachbot-sqlite-").FullName;
        FilePath = Path.Combine(Folder, fileName);
    }

    public string Folder { get; }

    public string FilePath { get; }

    /// <summary>The database the stores from <see cref="CreateStore"/> and <see cref="CreateDeliveryLog"/> use.</summary>
    public SqliteDatabase Database => database ??= OpenDatabase();

    public SqliteStorageOptions CreateOptions()
    {
        var options = new SqliteStorageOptions { Path = FilePath };
        configure?.Invoke(options);
        return options;
    }

    /// <summary>A new <see cref="SqliteDatabase"/> on the same file, as after a restart.</summary>
    public SqliteDatabase OpenDatabase(ILogger<SqliteDatabase>? logger = null)
    {
        var opened = new SqliteDatabase(Options.Create(CreateOptions()), logger ?? NullLogger<SqliteDatabase>.Instance);
        databases.Add(opened);
        return opened;
    }

    public IBotStore CreateStore() => new SqliteBotStore(Database);

    public IDeliveryLog CreateDeliveryLog() => new SqliteDeliveryLog(Database);

    public SqlitePlatformStateStore CreatePlatformState() => new(Database);

    /// <summary>A plain, unpooled connection to the file, for looking at what the code under test wrote.</summary>
    public async Task<SqliteConnection> OpenInspectionConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = FilePath, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    public async Task<T?> ScalarAsync<T>(string sql, object? parameters, CancellationToken cancellationToken)
    {
        await using var connection = await OpenInspectionConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<T>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, CancellationToken cancellationToken)
    {
        await using var connection = await OpenInspectionConnectionAsync(cancellationToken);
        return [.. await connection.QueryAsync<T>(new CommandDefinition(sql, cancellationToken: cancellationToken))];
    }

    /// <summary>Moves every WAL frame into the main file, empties the WAL, and returns the raw bytes of both files.</summary>
    public async Task<byte[]> CheckpointAndReadFilesAsync(CancellationToken cancellationToken)
    {
        await using (var connection = await OpenInspectionConnectionAsync(cancellationToken))
        {
            await connection.ExecuteAsync(new CommandDefinition("PRAGMA wal_checkpoint(TRUNCATE)", cancellationToken: cancellationToken));
        }

        SqliteConnection.ClearAllPools();
        return await ReadFilesAsync(cancellationToken);
    }

    /// <summary>The raw bytes of the file and its WAL as they are now, with no checkpoint and the pool left open.</summary>
    public async Task<byte[]> ReadFilesAsync(CancellationToken cancellationToken)
    {
        using var bytes = new MemoryStream();
        foreach (var path in new[] { FilePath, FilePath + "-wal" }.Where(File.Exists))
        {
            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            await file.CopyToAsync(bytes, cancellationToken);
        }

        return bytes.ToArray();
    }

    /// <summary>How often <paramref name="marker"/> occurs, UTF-8 encoded, in <paramref name="haystack"/>.</summary>
    public static int CountOccurrences(byte[] haystack, string marker)
    {
        ArgumentNullException.ThrowIfNull(haystack);
        var needle = Encoding.UTF8.GetBytes(marker);
        var count = 0;
        var span = haystack.AsSpan();
        for (var index = span.IndexOf(needle); index >= 0; index = span.IndexOf(needle))
        {
            count++;
            span = span[(index + needle.Length)..];
        }

        return count;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var opened in databases)
        {
            opened.Dispose();
        }

        // Pooled connections keep the file open; release them before deleting the folder.
        SqliteConnection.ClearAllPools();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Directory.Delete(Folder, recursive: true);
                return;
            }
            catch (IOException) when (attempt < 5)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt));
            }
        }
    }
}
