using InterviewCoachBot.Engine.Content;
using InterviewCoachBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace InterviewCoachBot.Engine.Tests;

/// <summary>
/// The real engine on a real SQLite file in a temp folder, with a fake clock. <see cref="RestartAsync"/> builds a fresh
/// engine on the same file, as a restarted process would.
/// </summary>
internal sealed class BotHarness : IAsyncDisposable
{
    /// <summary>Loading the content (the time zone list above all) is slow, and it is read-only, so tests share one copy.</summary>
    private static readonly Lazy<ContentLibrary> SharedContent = new(() => ContentLibrary.Load(RepositoryPaths.Content));

    private readonly string folder = Directory.CreateTempSubdirectory("icb-engine-").FullName;
    private readonly Dictionary<string, string?> settings;
    private readonly Action<IServiceCollection>? configure;
    private ServiceProvider services;

    private BotHarness(DateTimeOffset now, Dictionary<string, string?> settings, Action<IServiceCollection>? configure)
    {
        Time = new FakeTimeProvider(now);
        this.settings = settings;
        this.configure = configure;
        settings["Storage:Path"] = Path.Combine(folder, "bot.db");
        services = Build();
    }

    /// <summary>Monday 23 Nov 2026, 12:00 UTC, unless a test needs another moment.</summary>
    public static DateTimeOffset DefaultNow { get; } = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Time { get; }

    public ConversationEngine Engine => services.GetRequiredService<ConversationEngine>();

    public IServiceProvider Services => services;

    /// <param name="configure">Extra registrations, such as an adapter's handler of deferred messages.</param>
    public static BotHarness Start(
        DateTimeOffset? now = null, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null) =>
        new(now ?? DefaultNow, settings?.ToDictionary() ?? [], configure);

    /// <summary>A person chatting on the test platform; <paramref name="zone"/> is set with /timezone before the test starts.</summary>
    public async Task<ChatUser> UserAsync(string name, string? zone = null)
    {
        var user = new ChatUser(this, name);
        if (zone is not null)
        {
            await user.SendAsync("/timezone " + zone);
        }

        return user;
    }

    public async Task RestartAsync()
    {
        await services.DisposeAsync();
        services = Build();
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private ServiceProvider Build()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var collection = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddSingleton<TimeProvider>(Time)
            .AddSingleton(SharedContent.Value);
        collection.AddConversationEngine();
        collection.AddSqliteStorage();
        configure?.Invoke(collection);
        return collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public SqliteDatabase Database => services.GetRequiredService<SqliteDatabase>();
}
