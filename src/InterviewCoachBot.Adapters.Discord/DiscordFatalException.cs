namespace InterviewCoachBot.Adapters.Discord;

/// <summary>Discord refused us in a way retrying cannot fix (a rejected token, bad intents); the bot must stop.</summary>
/// <remarks>The message never contains the token.</remarks>
public sealed class DiscordFatalException : Exception
{
    public DiscordFatalException()
    {
    }

    public DiscordFatalException(string message)
        : base(message)
    {
    }

    public DiscordFatalException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
