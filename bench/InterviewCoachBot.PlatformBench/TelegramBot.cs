using InterviewCoachBot.Emulators.Telegram;

namespace InterviewCoachBot.PlatformBench;

/// <summary>A Telegram bot the P2 scenarios drive: what users send it and which of its messages answers one update.</summary>
internal sealed record TelegramBot(
    string Name,
    string UserText,
    Func<BotMessage, bool> IsReply,
    Func<TelegramEmulator, string, ChildProcess> Start)
{
    /// <summary>
    /// Our host process on a fresh SQLite file, its send pacing at the maximum <c>TelegramOptions</c> allows (the
    /// shipped defaults keep Telegram's real limits). <c>/interviews</c> is a real turn: a read, the inbox and outbox
    /// rows and their durable commit.
    /// </summary>
    public static TelegramBot Ours { get; } = new(
        "ours",
        "/interviews",
        message => message.PlainText?.StartsWith("You haven't added an interview yet", StringComparison.Ordinal) == true,
        (telegram, folder) => ChildProcess.Start("dotnet", [Repository.HostDll], new Dictionary<string, string>
        {
            ["Telegram__BotToken"] = telegram.BotToken,
            ["Telegram__ApiBaseUrl"] = telegram.BaseUrl.ToString(),
            ["Telegram__GlobalMessagesPerSecond"] = "1000",
            ["Telegram__ChatMessagesPerSecond"] = "100",
            ["Telegram__ChatBurst"] = "20",
            ["Storage__Path"] = Path.Combine(folder, "bench.db"),
            ["Logging__LogLevel__Default"] = "Warning",
        }));

    /// <summary>The reference: a bare grammY echo bot, unthrottled.</summary>
    public static TelegramBot Grammy { get; } = new(
        "grammY echo",
        "/interviews",
        message => message.PlainText == "/interviews",
        (telegram, _) => ChildProcess.Start(
            "node",
            [Repository.EchoBot("grammy", "echo.mjs"), telegram.BaseUrl.ToString(), telegram.BotToken],
            new Dictionary<string, string>()));

    /// <summary>A user id per index, far from any real id.</summary>
    public static long UserId(int index) => 7_000_000 + index;
}
