namespace InterviewCoachBot.Storage.Sqlite;

/// <summary>
/// The database file cannot be used: it cannot be found, created or opened, is no database, or was written by a newer build.
/// The message is one line that names the file and says what to do; the host prints it and stops.
/// </summary>
public sealed class DatabaseUnusableException : Exception
{
    public DatabaseUnusableException()
    {
    }

    public DatabaseUnusableException(string message)
        : base(message)
    {
    }

    public DatabaseUnusableException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
