using Microsoft.Extensions.Logging;

namespace InterviewCoachBot.Storage.Sqlite;

/// <summary>Log messages of the SQLite storage (event ids 2000–2999). Never logs message bodies or user data.</summary>
internal static partial class SqliteStorageLog
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Information, Message = "Applied database migration {Version} ({Name}) to {Path}")]
    public static partial void MigrationApplied(this ILogger logger, int version, string name, string path);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Database {Path} is at schema version {Version}")]
    public static partial void DatabaseReady(this ILogger logger, string path, int version);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Database {Path} could not be switched to WAL; journal mode is {JournalMode}")]
    public static partial void NotWal(this ILogger logger, string path, string journalMode);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "Made {Path} readable by its owner only")]
    public static partial void MadePrivate(this ILogger logger, string path);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "Could not make {Path} readable by its owner only")]
    public static partial void CannotMakePrivate(this ILogger logger, string path, Exception exception);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Warning, Message = "Database {Path}: the WAL checkpoint after deleting a user's data did not finish; older copies of their pages stay in the WAL until a later checkpoint")]
    public static partial void CheckpointIncomplete(this ILogger logger, string path, Exception? exception);
}
