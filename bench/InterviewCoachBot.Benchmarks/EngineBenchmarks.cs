using System.Globalization;
using BenchmarkDotNet.Attributes;
using InterviewCoachBot.Engine;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Ports;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewCoachBot.Benchmarks;

/// <summary>
/// One inbound message through the whole engine on a real SQLite file (WAL, synchronous=FULL): dedupe record, state,
/// nudge planning and outbox in one transaction. This is the cost of every message a user sends.
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private string folder = string.Empty;
    private ServiceProvider services = null!;
    private ConversationEngine engine = null!;
    private IDeliveryLog deliveries = null!;
    private int sequence;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        folder = Directory.CreateTempSubdirectory("icb-bench-").FullName;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Path"] = Path.Combine(folder, "bench.db"),
            ["Engine:ContentPath"] = Path.Combine(AppContext.BaseDirectory, "content"),
        }).Build();
        var collection = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        collection.AddConversationEngine();
        collection.AddSqliteStorage();
        services = collection.BuildServiceProvider();
        engine = services.GetRequiredService<ConversationEngine>();
        deliveries = services.GetRequiredService<IDeliveryLog>();
        for (var i = 0; i < 5; i++)
        {
            await SendAsync("bench-user", new CommandInput("interview", $"Company {i} | Engineer | Dana | yesterday 10:00 | email"));
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>A read-mostly command: list five interviews with their stages.</summary>
    [Benchmark]
    public Task<IReadOnlyList<Delivery>> ListInterviews() => SendAsync("bench-user", new CommandInput("interviews", string.Empty));

    /// <summary>A write: add an interview in one line (new row, nudges planned, thank-you guidance).</summary>
    [Benchmark]
    public Task<IReadOnlyList<Delivery>> AddInterview() =>
        SendAsync("writer-" + (sequence % 50).ToString(CultureInfo.InvariantCulture), new CommandInput("interview", "Acme | Engineer | Dana | 2 hours ago | email"));

    /// <summary>What every adapter does per message: the turn, then marking its replies delivered once they are shown.</summary>
    [Benchmark]
    public async Task ListInterviewsAndMarkDelivered()
    {
        foreach (var delivery in await ListInterviews())
        {
            await deliveries.MarkDeliveredAsync(delivery.OutboxId, TimeProvider.System.GetUtcNow());
        }
    }

    private Task<IReadOnlyList<Delivery>> SendAsync(string user, InboundContent content) =>
        engine.HandleAsync(new Inbound(new UserRef("bench", user), user, content, (++sequence).ToString(CultureInfo.InvariantCulture)));
}
