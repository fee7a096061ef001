using Telegram.Bot;

namespace InterviewCoachBot.Emulators.Telegram.Tests;

internal static class TestBots
{
    public const string Token = "123456:TEST-token";

    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static Task<TelegramEmulator> StartEmulatorAsync() => TelegramEmulator.StartAsync(Token, Ct);

    /// <summary>Telegram.Bot pointed at the emulator, with its own 429 retry switched off.</summary>
    public static TelegramBotClient Client(TelegramEmulator emulator, string token = Token) =>
        new(new TelegramBotClientOptions(token, emulator.BaseUrl.ToString()) { RetryThreshold = 0 });
}
