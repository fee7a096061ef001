using InterviewCoachBot.Emulators.Telegram;
using InterviewCoachBot.Engine.Content;
using InterviewCoachBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace InterviewCoachBot.Adapters.Telegram.Tests;

/// <summary>
/// The adapter as the host runs it (engine, SQLite in a temp file, Telegram.Bot over real HTTP), pointed at the loopback
/// emulator. <see cref="RestartAsync"/> builds a fresh host on the same database file, as a restarted process would.
/// </summary>
internal sealed class TelegramTestBot : IAsyncDisposable
{
    /// <summary>A token with a recognisable secret part, so a leak into any log line is easy to find.</summary>
    public const string Token = "123456:SECRET-token_do-not-log";

    /// <summary>
    /// How long a test waits in real time for the bot to do something. Generous on purpose: a loaded CI machine can be
    /// slow, and the limit only matters when the bot never does it (a passing run never waits this long).
    /// </summary>
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    private static readonly Lazy<ContentLibrary> SharedContent = new(() => ContentLibrary.Load(RepositoryPaths.Content));

    private readonly string folder = Directory.CreateTempSubdirectory("icb-telegram-").FullName;
    private readonly Dictionary<string, string?> settings;
    private readonly Action<IServiceCollection>? configure;
    private IHost? host;

    private TelegramTestBot(TelegramEmulator emulator, TimeProvider time, TimerProbe serverTime, Dictionary<string, string?> settings, Action<IServiceCollection>? configure)
    {
        Emulator = emulator;
        Time = time;
        ServerTime = serverTime;
        this.configure = configure;
        this.settings = new Dictionary<string, string?>
        {
            ["Storage:Path"] = Path.Combine(folder, "bot.db"),
            ["Engine:ContentPath"] = RepositoryPaths.Content,
            ["Telegram:BotToken"] = Token,
            ["Telegram:ApiBaseUrl"] = emulator.BaseUrl.ToString(),
            ["Telegram:PollTimeout"] = "00:00:05",
            // Real time here: long enough that a slow round trip on a busy machine is never taken for a hung one.
            ["Telegram:RequestTimeout"] = "00:01:00",
            ["Telegram:RetryBaseDelay"] = "00:00:00.050",
            ["Telegram:RetryMaxDelay"] = "00:00:00.500",
            ["Telegram:ChatMessagesPerSecond"] = "20",
            ["Telegram:ChatBurst"] = "5",
        };
        foreach (var (key, value) in settings)
        {
            this.settings[key] = value;
        }
    }

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public TelegramEmulator Emulator { get; }

    public TimeProvider Time { get; }

    /// <summary>The emulator's view of <see cref="Time"/>: tells when the server holds a request (a delay fault).</summary>
    public TimerProbe ServerTime { get; }

    public CapturedLogs Logs { get; } = new();

    public IServiceProvider Services => host?.Services ?? throw new InvalidOperationException("Not started.");

    public IHostApplicationLifetime Lifetime => Services.GetRequiredService<IHostApplicationLifetime>();

    public static async Task<TelegramTestBot> CreateAsync(
        Dictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configure = null,
        TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        var serverTime = new TimerProbe(time);
        var emulator = await TelegramEmulator.StartAsync(new TelegramEmulatorOptions { BotToken = Token, TimeProvider = serverTime }, Ct);
        return new TelegramTestBot(emulator, time, serverTime, settings ?? [], configure);
    }

    /// <summary>Starts the host without waiting for it to poll (see <see cref="StartAsync"/>).</summary>
    public async Task LaunchAsync()
    {
        host = Build();
        await host.StartAsync(Ct);
    }

    /// <summary>Starts the host and waits until it is parked in a long poll, i.e. done with its start-up work.</summary>
    public async Task StartAsync()
    {
        await LaunchAsync();
        await Emulator.WaitForLongPollAsync(Wait);
    }

    /// <summary>Completes when something asked the application to stop (a fatal error in the adapter).</summary>
    public Task WaitForStopRequestAsync()
    {
        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Lifetime.ApplicationStopping.Register(() => stopping.TrySetResult());
        return stopping.Task.WaitAsync(Wait, Ct);
    }

    public async Task StopAsync()
    {
        if (host is not null)
        {
            await host.StopAsync(CancellationToken.None);
            host.Dispose();
            host = null;
        }
    }

    public async Task RestartAsync()
    {
        await StopAsync();
        await StartAsync();
    }

    /// <summary>The user writes; returns the first new bot message in their chat that matches.</summary>
    public async Task<BotMessage> SayAsync(long user, string text, Func<BotMessage, bool>? match = null)
    {
        var after = LastMessageId(user);
        Emulator.SendText(user, text);
        return await NextAsync(user, after, match);
    }

    /// <summary>The user presses the button with this label (or the start of it) on a bot message.</summary>
    public async Task<BotMessage> PressAsync(long user, BotMessage message, string label, Func<BotMessage, bool>? match = null)
    {
        var button = message.InlineKeyboard.SelectMany(row => row).First(b => b.Text.StartsWith(label, StringComparison.OrdinalIgnoreCase));
        var after = LastMessageId(user);
        Emulator.PressButton(user, message.MessageId, button.CallbackData!);
        return await NextAsync(user, after, match);
    }

    public Task<BotMessage> NextAsync(long user, long after, Func<BotMessage, bool>? match = null) =>
        Emulator.WaitForMessageAsync(user, m => m.MessageId > after && (match?.Invoke(m) ?? true), Wait);

    public long LastMessageId(long user) => Emulator.MessagesTo(user).Select(m => m.MessageId).DefaultIfEmpty(0).Max();

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await Emulator.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private IHost Build()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs);
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = Wait);
        builder.Services.AddSingleton(Time);
        builder.Services.AddSingleton(SharedContent.Value);
        builder.Services.AddConversationEngine();
        builder.Services.AddSqliteStorage();
        builder.Services.AddTelegramAdapter();
        configure?.Invoke(builder.Services);
        return builder.Build();
    }

    public SqliteDatabase Database => Services.GetRequiredService<SqliteDatabase>();
}
