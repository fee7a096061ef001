using Dapper;
using InterviewCoachBot.Engine.Files;
using Microsoft.Data.Sqlite;

namespace InterviewCoachBot.Storage.Sqlite;

/// <summary>
/// A consistent copy of the bot's database taken with SQLite's online backup API, safe while the bot runs: the copy is
/// one snapshot of committed data (WAL included), written beside the target, checked with <c>integrity_check</c>, and
/// only then moved to the target name, so a file with that name is always a complete, verified backup.
/// </summary>
public static class SqliteBackup
{
    /// <summary>What a finished backup holds.</summary>
    public sealed record Result(string Source, string Target, long Bytes, int SchemaVersion);

    /// <exception cref="BackupFailedException">No database at <paramref name="source"/>, the target exists, or the copy failed its check.</exception>
    public static async Task<Result> CopyAsync(string source, string target, CancellationToken cancellationToken)
    {
        source = Path.GetFullPath(source);
        target = Path.GetFullPath(target);
        if (!File.Exists(source))
        {
            // Opening it would create an empty database, and back up nothing.
            throw new BackupFailedException($"there is no database at '{source}': set Storage:Path (or --db) to the bot's database file.");
        }

        if (File.Exists(target) || Directory.Exists(target))
        {
            throw new BackupFailedException($"'{target}' exists already: choose a new file name, so no earlier backup is overwritten.");
        }

        var partial = target + ".partial";
        try
        {
            PrivateFiles.CreateFolder(Path.GetDirectoryName(target)!);

            // Left by a backup that was killed half-way: never a backup, since only a checked copy gets the target's name.
            File.Delete(partial);
            PrivateFiles.CreateNew(partial).Dispose();
            var schemaVersion = await CopyAndCheckAsync(source, partial, cancellationToken);
            File.Move(partial, target);
            return new Result(source, target, new FileInfo(target).Length, schemaVersion);
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            throw new BackupFailedException($"the backup of '{source}' to '{target}' failed ({ex.Message.TrimEnd('.')}).", ex);
        }
        finally
        {
            if (File.Exists(partial))
            {
                File.Delete(partial);
            }
        }
    }

    private static async Task<int> CopyAndCheckAsync(string source, string partial, CancellationToken cancellationToken)
    {
        // Pooling off: a pooled handle would keep the copy open after the move, and the source is not ours to keep open.
        await using (var from = new SqliteConnection(ConnectionString(source, SqliteOpenMode.ReadOnly)))
        await using (var to = new SqliteConnection(ConnectionString(partial, SqliteOpenMode.ReadWrite)))
        {
            await from.OpenAsync(cancellationToken);
            await to.OpenAsync(cancellationToken);
            from.BackupDatabase(to);

            // The copy took WAL mode from the source's header; a backup is one self-contained file (the bot turns WAL on
            // again when it opens a restored one), with no -wal or -shm left beside it under a temporary name.
            await to.ExecuteAsync(new CommandDefinition("PRAGMA journal_mode = DELETE", cancellationToken: cancellationToken));
        }

        await using var check = new SqliteConnection(ConnectionString(partial, SqliteOpenMode.ReadOnly));
        await check.OpenAsync(cancellationToken);
        var verdict = await check.ExecuteScalarAsync<string>(new CommandDefinition("PRAGMA integrity_check", cancellationToken: cancellationToken));
        if (!string.Equals(verdict, "ok", StringComparison.Ordinal))
        {
            throw new BackupFailedException($"the copy did not pass SQLite's integrity check ({verdict}); the source may be damaged.");
        }

        return await check.ExecuteScalarAsync<int>(new CommandDefinition("PRAGMA user_version", cancellationToken: cancellationToken));
    }

    private static string ConnectionString(string path, SqliteOpenMode mode) =>
        new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString();
}
