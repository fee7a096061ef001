using InterviewCoachBot.Adapters.Discord.Gateway;
using InterviewCoachBot.Emulators.Discord;
using InterviewCoachBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace InterviewCoachBot.Adapters.Discord.Tests;

/// <summary>
/// The emulator on loopback, and the real adapter in a generic host with the real engine on a SQLite file in a temp folder.
/// <see cref="RestartBotAsync"/> stops the host and starts a new one on the same file, as a restarted process would.
/// </summary>
internal sealed class DiscordHarness : IAsyncDisposable
{
    public const string Token = "MTEx.test-token.secret-part";
    public const string ApplicationId = "1100000000000000001";

    private readonly string folder = Directory.CreateTempSubdirectory("icb-discord-").FullName;
    private readonly Action<IServiceCollection>? configure;
    private readonly Dictionary<string, string?> settings;

    private DiscordHarness(DiscordEmulator emulator, Dictionary<string, string?> settings, Action<IServiceCollection>? configure)
    {
        Emulator = emulator;
        this.settings = settings;
        this.configure = configure;
    }

    public DiscordEmulator Emulator { get; }

    public IHost? Bot { get; private set; }

    public RecordingLoggerProvider Logs { get; } = new();

    public string DatabasePath => Path.Combine(folder, "bot.db");

    public GatewayMetrics GatewayMetrics => Bot!.Services.GetRequiredService<GatewayClient>().Metrics;

    public static async Task<DiscordHarness> StartAsync(
        DiscordEmulatorOptions? emulatorOptions = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configure = null,
        bool startBot = true,
        string token = Token)
    {
        var emulator = await DiscordEmulator.StartAsync(Token, ApplicationId, emulatorOptions ?? new DiscordEmulatorOptions { HeartbeatIntervalMs = 1000 });
        var all = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Discord:BotToken"] = token,
            ["Discord:ApplicationId"] = ApplicationId,
            ["Discord:ApiBaseUrl"] = emulator.ApiBaseUrl.ToString(),
            ["Discord:RetryBaseDelay"] = "00:00:00.050",
            ["Engine:ContentPath"] = RepositoryPaths.Content,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var harness = new DiscordHarness(emulator, all, configure);
        if (startBot)
        {
            await harness.StartBotAsync();
        }

        return harness;
    }

    public async Task StartBotAsync()
    {
        settings["Storage:Path"] = DatabasePath;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace);
        builder.Services.AddConversationEngine();
        builder.Services.AddSqliteStorage();
        builder.Services.AddDiscordAdapter();
        builder.Services.AddSingleton(new GatewayJitter(new Random(1234)));
        configure?.Invoke(builder.Services);
        Bot = builder.Build();
        await Bot.Services.GetRequiredService<SqliteDatabase>().InitializeAsync(CancellationToken.None);
        await Bot.StartAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Waits until the bot has a live session: the emulator sent READY and the client handled it.</summary>
    public async Task WaitForSessionAsync(int sessions = 1)
    {
        await Emulator.WaitForGatewayAsync(s => s.Sessions >= sessions && s.OpenConnections > 0 && s.LastSequence > 0, Wait);
        await Gateway.Eventually.HoldsAsync(() => GatewayMetrics.Readies >= sessions, what: "the client to handle READY");
    }

    public async Task StopBotAsync()
    {
        if (Bot is { } bot)
        {
            await bot.StopAsync(CancellationToken.None);
            bot.Dispose();
            Bot = null;
        }
    }

    public async Task RestartBotAsync()
    {
        await StopBotAsync();
        await StartBotAsync();
    }

    public static TimeSpan Wait { get; } = TimeSpan.FromSeconds(15);

    public async ValueTask DisposeAsync()
    {
        await StopBotAsync();
        await Emulator.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
