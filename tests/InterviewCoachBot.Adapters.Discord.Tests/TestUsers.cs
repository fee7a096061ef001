using InterviewCoachBot.Emulators.Discord;

namespace InterviewCoachBot.Adapters.Discord.Tests;

internal static class TestUsers
{
    public static UserSpec Alice { get; } = new("4001", "alice");

    public static UserSpec Bob { get; } = new("4002", "bob");

    public const string Guild = "9001";
}
