namespace InterviewCoachBot.Adapters.Discord.Rest;

/// <summary>Discord could not be reached or kept failing; try again later.</summary>
public sealed class DiscordUnavailableException : Exception
{
    public DiscordUnavailableException()
    {
    }

    public DiscordUnavailableException(string message)
        : base(message)
    {
    }

    public DiscordUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
