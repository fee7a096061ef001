namespace InterviewCoachBot.Storage.Sqlite;

/// <summary>A backup that was not made; the message says why and what to do, in words for the person who asked for it.</summary>
public sealed class BackupFailedException : Exception
{
    public BackupFailedException()
    {
    }

    public BackupFailedException(string message)
        : base(message)
    {
    }

    public BackupFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
