namespace InterviewCoachBot.Adapters.Telegram;

/// <summary>Telegram answered 401: the token is wrong or revoked. Carries no token and no URL.</summary>
internal sealed class TokenRejectedException : Exception
{
    public TokenRejectedException()
        : base("Telegram rejected the bot token (401 Unauthorized).")
    {
    }

    public TokenRejectedException(string message)
        : base(message)
    {
    }

    public TokenRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
