namespace InterviewCoachBot.Adapters.Discord;

/// <summary>The platform name in <c>UserRef</c>, the outbox and the platform state store.</summary>
public static class DiscordPlatform
{
    public const string Name = "discord";
}
