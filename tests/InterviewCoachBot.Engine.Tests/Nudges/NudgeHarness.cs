using Dapper;
using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Nudges;
using InterviewCoachBot.Engine.Ports;
using InterviewCoachBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace InterviewCoachBot.Engine.Tests.Nudges;

/// <summary>
/// The real engine and dispatcher on a real SQLite file with a fake clock and a recording messenger for the test platform.
/// </summary>
internal sealed class NudgeHarness : IAsyncDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("icb-nudges-").FullName;
    private readonly ServiceProvider services;

    private NudgeHarness(DateTimeOffset now, IReadOnlyDictionary<string, string?> settings)
    {
        Time = new FakeTimeProvider(now);
        var all = new Dictionary<string, string?>(settings) { ["Storage:Path"] = Path.Combine(folder, "bot.db") };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(all).Build();
        var collection = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddSingleton<TimeProvider>(Time)
            .AddSingleton(NudgeTestContent.Library)
            .AddSingleton<IMessenger>(Messenger);
        collection.AddConversationEngine();
        collection.AddSqliteStorage();
        services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public FakeTimeProvider Time { get; }

    public RecordingMessenger Messenger { get; } = new();

    public ConversationEngine Engine => services.GetRequiredService<ConversationEngine>();

    public NudgeDispatcher Dispatcher => services.GetRequiredService<NudgeDispatcher>();

    public NudgeSignal Signal => services.GetRequiredService<NudgeSignal>();

    public IBotStore Store => services.GetRequiredService<IBotStore>();

    public string DatabasePath => services.GetRequiredService<SqliteDatabase>().FilePath;

    public static NudgeHarness Start(DateTimeOffset now, IReadOnlyDictionary<string, string?>? settings = null) => new(now, settings ?? new Dictionary<string, string?>());

    /// <summary>Sends a line as <paramref name="user"/> and returns the reply texts.</summary>
    public async Task<IReadOnlyList<Reply>> SayAsync(string user, string line)
    {
        InboundContent content = line.StartsWith('/')
            ? new CommandInput(CommandLine.Split(line).Name, CommandLine.Split(line).Arguments)
            : new TextInput(line);
        var deliveries = await Engine.HandleAsync(new Inbound(new UserRef(ChatUser.Platform, user), "chat-" + user, content, Guid.NewGuid().ToString("N")), TestContext.Current.CancellationToken);
        return [.. deliveries.Select(delivery => delivery.Reply)];
    }

    /// <summary>Presses a button carrying <paramref name="data"/>, as an adapter passes a button press on.</summary>
    public async Task<IReadOnlyList<Reply>> PressAsync(string user, string data)
    {
        var deliveries = await Engine.HandleAsync(new Inbound(new UserRef(ChatUser.Platform, user), "chat-" + user, new ButtonInput(data), Guid.NewGuid().ToString("N")), TestContext.Current.CancellationToken);
        return [.. deliveries.Select(delivery => delivery.Reply)];
    }

    public async Task<string> TextAsync(string user, string line) => string.Join("\n\n", (await SayAsync(user, line)).Select(reply => reply.Text));

    /// <summary>Moves the clock to <paramref name="instant"/> and runs one dispatcher pass.</summary>
    public async Task RunAtAsync(DateTimeOffset instant)
    {
        Time.SetUtcNow(instant);
        await Dispatcher.RunOnceAsync(TestContext.Current.CancellationToken);
    }

    public async Task<IReadOnlyList<NudgeRow>> NudgesAsync()
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        var rows = await connection.QueryAsync<NudgeRow>(new CommandDefinition(
            "SELECT id AS Id, rule AS Rule, due_at AS DueAt, expires_at AS ExpiresAt, status AS Status, late AS Late, attempts AS Attempts, lease_until AS LeaseUntil, next_attempt_at AS NextAttemptAt FROM nudges ORDER BY due_at, id",
            cancellationToken: TestContext.Current.CancellationToken));
        return rows.AsList();
    }

    public async Task ExecuteAsync(string sql, object? parameters = null)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: TestContext.Current.CancellationToken));
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    internal sealed class NudgeRow
    {
        public long Id { get; init; }

        public required string Rule { get; init; }

        public required string DueAt { get; init; }

        public required string ExpiresAt { get; init; }

        public required string Status { get; init; }

        public long Late { get; init; }

        public long Attempts { get; init; }

        public string? LeaseUntil { get; init; }

        public string? NextAttemptAt { get; init; }

        public DateTimeOffset Due => DateTimeOffset.Parse(DueAt, System.Globalization.CultureInfo.InvariantCulture);

        public DateTimeOffset Expires => DateTimeOffset.Parse(ExpiresAt, System.Globalization.CultureInfo.InvariantCulture);
    }
}
