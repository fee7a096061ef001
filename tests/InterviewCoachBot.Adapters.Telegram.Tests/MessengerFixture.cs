using InterviewCoachBot.Emulators.Telegram;
using InterviewCoachBot.Engine.Ports;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InterviewCoachBot.Adapters.Telegram.Tests;

/// <summary>The messenger alone (no polling), on SQLite and Telegram.Bot over real HTTP to the emulator, sharing its clock.</summary>
internal sealed class MessengerFixture : IAsyncDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("icb-telegram-messenger-").FullName;
    private readonly ServiceProvider services;

    private MessengerFixture(TelegramEmulator emulator, TimeProvider time, Dictionary<string, string?> overrides)
    {
        Emulator = emulator;
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
            .AddSingleton(time);
        collection.AddSqliteStorage();
        collection.AddTelegramAdapter();
        services = collection.BuildServiceProvider();
    }

    public TelegramEmulator Emulator { get; }

    public CapturedLogs Logs { get; } = new();

    public TelegramMessenger Messenger => services.GetRequiredService<TelegramMessenger>();

    public IMessenger AsPort => services.GetServices<IMessenger>().Single();

    public IServiceProvider Services => services;

    public static async Task<MessengerFixture> CreateAsync(TimeProvider time, Dictionary<string, string?>? overrides = null)
    {
        var emulator = await TelegramEmulator.StartAsync(
            new TelegramEmulatorOptions { BotToken = TelegramTestBot.Token, TimeProvider = time },
            TestContext.Current.CancellationToken);
        return new MessengerFixture(emulator, time, overrides ?? []);
    }

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
