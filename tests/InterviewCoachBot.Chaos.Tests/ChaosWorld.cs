using System.Diagnostics;
using System.Globalization;
using InterviewCoachBot.Emulators.Discord;
using InterviewCoachBot.Emulators.Telegram;
using InterviewCoachBot.Host.Tests;

namespace InterviewCoachBot.Chaos.Tests;

/// <summary>
/// Both emulators with seeded fault schedules, one database, and the built bot run against them as a real process that
/// can be killed with SIGKILL and started again. Records what the users sent and when the process was killed.
/// </summary>
internal sealed class ChaosWorld : IAsyncDisposable
{
    public const string TelegramToken = "424242:chaos-token";
    public const string DiscordToken = "MTIz.chaos-token.secret";
    public const string ApplicationId = "1300000000000000001";

    /// <summary>Generous bound on every wait; a wait that runs out fails with what it waited for.</summary>
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(90);

    private readonly TemporaryFolder folder;
    private readonly string content;
    private BotProcess? running;

    private ChaosWorld(TemporaryFolder folder, string content, TelegramEmulator telegram, DiscordEmulator discord, int seed)
    {
        this.folder = folder;
        this.content = content;
        Telegram = telegram;
        Discord = discord;
        TelegramFaults = new TelegramFaultSchedule(seed);
        DiscordFaults = new DiscordFaultSchedule(seed);
        telegram.UseFaultSchedule(TelegramFaults);
        discord.UseFaultSchedule(DiscordFaults);
        Database = new BotDatabase(folder.File("bot.db"));
    }

    public TelegramEmulator Telegram { get; }

    public DiscordEmulator Discord { get; }

    public TelegramFaultSchedule TelegramFaults { get; }

    public DiscordFaultSchedule DiscordFaults { get; }

    public BotDatabase Database { get; }

    /// <summary>The update id of every Telegram text a user sent, with what it said.</summary>
    public List<(long User, long UpdateId, string Text)> TelegramSent { get; } = [];

    /// <summary>Every Discord slash command a user ran, with its <c>details</c>.</summary>
    public List<(UserSpec User, InteractionHandle Handle, string Details)> DiscordSent { get; } = [];

    /// <summary>When each SIGKILL landed (after the process was gone), in order.</summary>
    public List<DateTimeOffset> Kills { get; } = [];

    /// <summary>The integrity check result after each start, in order.</summary>
    public List<string> IntegrityChecks { get; } = [];

    /// <summary>How long each start took until the bot polled Telegram and held a Discord session.</summary>
    public List<TimeSpan> StartTimes { get; } = [];

    /// <summary>stderr (the bot's log) of every process that ended, in order.</summary>
    public List<string> BotLogs { get; } = [];

    /// <param name="nudgeOffsets">Seconds after the interview at which each test nudge rule falls due.</param>
    public static async Task<ChaosWorld> StartAsync(int seed, int[] nudgeOffsets, CancellationToken cancellationToken)
    {
        var folder = new TemporaryFolder();
        var content = NudgeTestContent.Create(folder.Path, nudgeOffsets);
        var telegram = await TelegramEmulator.StartAsync(TelegramToken, cancellationToken);
        var discord = await DiscordEmulator.StartAsync(DiscordToken, ApplicationId, new DiscordEmulatorOptions { HeartbeatIntervalMs = 1000 }, cancellationToken);
        return new ChaosWorld(folder, content, telegram, discord, seed);
    }

    /// <summary>Starts the bot (both platforms in one process) and waits until it polls Telegram and holds a Discord session;
    /// then checks the database file.</summary>
    public async Task<BotProcess> StartBotAsync()
    {
        var requestsBefore = Telegram.Requests.Count == 0 ? 0 : Telegram.Requests.Max(r => r.Sequence);
        var gatewayBefore = Discord.Gateway;
        var started = Stopwatch.StartNew();
        var bot = running = BotProcess.Start(["--db", folder.File("bot.db")], BotSettings());
        try
        {
            await Telegram.WaitForRequestAsync(r => r.Method == "getUpdates" && r.Sequence > requestsBefore, Wait);
            await Discord.WaitForGatewayAsync(
                s => s.OpenConnections > 0 && s.Identifies + s.SuccessfulResumes > gatewayBefore.Identifies + gatewayBefore.SuccessfulResumes, Wait);
        }
        catch (TimeoutException ex)
        {
            var run = await StopAsync(bot, kill: true);
            throw new TimeoutException($"The bot did not come up. stderr:\n{run.Errors}", ex);
        }

        StartTimes.Add(started.Elapsed);
        IntegrityChecks.Add(Database.IntegrityCheck());
        return bot;
    }

    /// <summary>SIGKILL (no shutdown code runs, as in a crash), or SIGTERM for a clean stop.</summary>
    public async Task<BotRun> StopAsync(BotProcess bot, bool kill)
    {
        using (var signal = Process.Start("kill", [kill ? "-KILL" : "-TERM", bot.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await signal.WaitForExitAsync();
        }

        var run = await bot.WaitForExitAsync(CancellationToken.None);
        if (kill)
        {
            Kills.Add(TimeProvider.System.GetUtcNow());
        }

        BotLogs.Add(run.Errors);
        await bot.DisposeAsync();
        running = null;
        return run;
    }

    public void SayOnTelegram(long user, string text)
    {
        var updateId = Telegram.SendText(user, text);
        TelegramSent.Add((user, updateId, text));
    }

    public async Task<InteractionHandle> RunOnDiscordAsync(UserSpec user, string command, string details)
    {
        var handle = await Discord.SendSlashCommandAsync(user, command, new Dictionary<string, object?> { ["details"] = details });
        DiscordSent.Add((user, handle, details));
        return handle;
    }

    /// <summary>Kills a bot still running (a failed wait), then stops the emulators and deletes the files.</summary>
    public async ValueTask DisposeAsync()
    {
        if (running is not null)
        {
            await running.DisposeAsync();
        }

        await Discord.DisposeAsync();
        await Telegram.DisposeAsync();
        folder.Dispose();
    }

    private Dictionary<string, string> BotSettings() => new()
    {
        ["Telegram__BotToken"] = TelegramToken,
        ["Telegram__ApiBaseUrl"] = Telegram.BaseUrl.ToString(),

        // Short polls and timeouts so an unanswered request costs a second, fast retries, and no pacing in the way.
        ["Telegram__PollTimeout"] = "00:00:01",
        ["Telegram__RequestTimeout"] = "00:00:02",
        ["Telegram__RetryBaseDelay"] = "00:00:00.100",
        ["Telegram__RetryMaxDelay"] = "00:00:01",
        ["Telegram__ChatMessagesPerSecond"] = "50",
        ["Telegram__ChatBurst"] = "20",
        ["Discord__BotToken"] = DiscordToken,
        ["Discord__ApplicationId"] = ApplicationId,
        ["Discord__ApiBaseUrl"] = Discord.ApiBaseUrl.ToString(),
        ["Discord__RetryBaseDelay"] = "00:00:00.050",
        ["Engine__ContentPath"] = content,

        // A crashed claim is taken again after 2 s; failed sends are retried within seconds.
        ["Nudges__Lease"] = "00:00:02",
        ["Nudges__RetryBase"] = "00:00:01",
        ["Nudges__RetryMax"] = "00:00:04",
        ["Nudges__MaxAttempts"] = "20",
        ["Logging__LogLevel__Default"] = "Warning",
    };
}
