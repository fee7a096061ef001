using InterviewCoachBot.Emulators.Telegram;
using InterviewCoachBot.Engine.Ports;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InterviewCoachBot.Adapters.Telegram.Tests;

/// <summary>
/// The messenger alone (no polling), on SQLite and Telegram.Bot over real HTTP to the emulator, sharing its fake clock.
/// Calls go through <see cref="TestClock.DriveAsync{T}"/>, which tells the clock's timers and requests apart by flow.
/// </summary>
internal sealed class MessengerFixture : IAsyncDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("icb-telegram-messenger-").FullName;
    private readonly ServiceProvider services;

    private static readonly DateTimeOffset DefaultStart = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private MessengerFixture(TelegramEmulator emulator, TestClock clock, Dictionary<string, string?> overrides)
    {
        Emulator = emulator;
        Clock = clock;
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Path"] = Path.Combine(folder, "bot.db"),
            ["Telegram:BotToken"] = TelegramTestBot.Token,
            ["Telegram:ApiBaseUrl"] = emulator.BaseUrl.ToString(),
            ["Telegram:RequestTimeout"] = "00:00:05",
            ["Telegram:RetryBaseDelay"] = "00:00:00.200",
            ["Telegram:RetryMaxDelay"] = "00:00:02",
            ["Telegram:ChatMessagesPerSecond"] = "1",
            ["Telegram:ChatBurst"] = "3",
        };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        var collection = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddLogging(builder => builder.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs))
            .AddSingleton<TimeProvider>(clock);
        collection.AddSqliteStorage();
        collection.AddTelegramAdapter();
        collection.AddHttpClient(TelegramAdapterServiceCollectionExtensions.HttpClientName).AddHttpMessageHandler(() => new InFlightHandler(clock));
        services = collection.BuildServiceProvider();
    }

    public TelegramEmulator Emulator { get; }

    public TestClock Clock { get; }

    public CapturedLogs Logs { get; } = new();

    public TelegramMessenger Messenger => services.GetRequiredService<TelegramMessenger>();

    public IMessenger AsPort => services.GetServices<IMessenger>().Single();

    public IServiceProvider Services => services;

    public static async Task<MessengerFixture> CreateAsync(TestClock? clock = null, Dictionary<string, string?>? overrides = null)
    {
        clock ??= new TestClock(DefaultStart);
        var emulator = await TelegramEmulator.StartAsync(
            new TelegramEmulatorOptions { BotToken = TelegramTestBot.Token, TimeProvider = clock },
            TestContext.Current.CancellationToken);
        return new MessengerFixture(emulator, clock, overrides ?? []);
    }

    /// <summary>Runs <paramref name="operation"/> on the fixture's clock (see <see cref="TestClock.DriveAsync{T}"/>).</summary>
    public Task<T> RunAsync<T>(Func<Task<T>> operation) => Clock.DriveAsync(operation);

    /// <summary>A user writes first, as Telegram requires before a bot can message them.</summary>
    public long User(long id)
    {
        Emulator.SendText(id, "hi");
        return id;
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await Emulator.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
