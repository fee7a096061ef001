namespace InterviewCoachBot.Adapters.Telegram;

/// <summary>The adapter's name in the engine's terms (<c>UserRef.Platform</c>, outbox and platform state rows).</summary>
public static class TelegramPlatform
{
    public const string Name = "telegram";
}
