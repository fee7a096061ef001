using System.ComponentModel.DataAnnotations;

namespace InterviewCoachBot.Storage.Sqlite;

/// <summary>Settings of the SQLite storage (section <c>Storage</c>).</summary>
public sealed class SqliteStorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>
    /// The database file. Empty means <see cref="DefaultPath"/>; a relative path is resolved against the current directory.
    /// </summary>
    public string Path { get; set; } = "";

    /// <summary>How long a statement waits for another writer's lock before it fails with SQLITE_BUSY.</summary>
    /// <remarks>
    /// The options source generator ignores <c>ErrorMessage</c> on <c>[Range]</c> (dotnet/runtime#123137): until that is fixed
    /// the message reads "The field SqliteStorageOptions.BusyTimeout must be between 00:00:00.1000000 and 00:05:00."
    /// </remarks>
    [Range(
        typeof(TimeSpan),
        "00:00:00.100",
        "00:05:00",
        ParseLimitsInInvariantCulture = true,
        ConvertValueInInvariantCulture = true,
        ErrorMessage = "Storage:BusyTimeout must be between 100 milliseconds and 5 minutes.")]
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// <c>PRAGMA synchronous</c>: FULL survives power loss; NORMAL (in WAL) may lose the last commits on an OS crash or power cut.
    /// </summary>
    [Required]
    [AllowedValues("FULL", "NORMAL", ErrorMessage = "Storage:Synchronous must be FULL or NORMAL.")]
    public string Synchronous { get; set; } = "FULL";

    /// <summary>
    /// <c>interviewcoachbot.db</c> in an <c>InterviewCoachBot</c> folder of the per-user data folder: <c>$XDG_DATA_HOME</c>,
    /// else <c>~/.local/share</c> on Linux (created if missing); <c>~/Library/Application Support</c> on macOS,
    /// <c>%LOCALAPPDATA%</c> on Windows. Never the working folder.
    /// </summary>
    /// <exception cref="DatabaseUnusableException">There is no per-user data folder (no home folder).</exception>
    public static string DefaultPath
    {
        get
        {
            // DoNotVerify: without it .NET answers "" when ~/.local/share does not exist yet, and "" means the working folder.
            var data = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
            return System.IO.Path.IsPathFullyQualified(data)
                ? System.IO.Path.Combine(data, "InterviewCoachBot", "interviewcoachbot.db")
                : throw new DatabaseUnusableException(
                    "There is no per-user data folder for the database (no home folder is set): set Storage:Path (or --db) to the database file.");
        }
    }

    /// <summary>True when <see cref="Path"/> is empty: the file lives in the bot's own folder, which the bot keeps private.</summary>
    public bool UsesDefaultPath => string.IsNullOrWhiteSpace(Path);

    /// <summary>The full path of the file this configuration points to.</summary>
    public string ResolvePath() => System.IO.Path.GetFullPath(UsesDefaultPath ? DefaultPath : Path);
}
