namespace InterviewCoachBot.Emulators.Discord.Tests;

internal static class TestUsers
{
    public const string Token = "MTIzNDU2Nzg5MDEyMzQ1Njc4.emulator.token";
    public const string AppId = "123456789012345678";
    public static readonly UserSpec Alice = new("400000000000000001", "alice", "Alice");
    public static readonly TimeSpan WaitTimeout = TimeSpan.FromSeconds(10);

    public static Task<DiscordEmulator> StartAsync(DiscordEmulatorOptions? options = null) =>
        DiscordEmulator.StartAsync(Token, AppId, options ?? new DiscordEmulatorOptions { HeartbeatIntervalMs = 1000 });

    public static IReadOnlyDictionary<string, object?> NoOptions { get; } = new Dictionary<string, object?>();
}
