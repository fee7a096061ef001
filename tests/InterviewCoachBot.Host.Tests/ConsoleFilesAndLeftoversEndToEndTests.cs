using System.Text.Json;
using InterviewCoachBot.Engine;
using InterviewCoachBot.Engine.Messages;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewCoachBot.Host.Tests;

/// <summary>The console chat as a process: exported files land in a folder with their paths printed; replies left from a crash show at the next start.</summary>
public sealed class ConsoleFilesAndLeftoversEndToEndTests
{
    private const string AddAcme = "/interview Acme Corp | Backend Engineer | Dana Levi | tomorrow 15:00 | email";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Export_WritesTheJsonAndTheCalendarIntoTheExportFolderAndPrintsWhere()
    {
        using var folder = new TemporaryFolder();
        var exports = folder.File("exports");
        await using var bot = BotProcess.Start(["--db", folder.File("bot.db"), "--user", "alice", "--Console:ExportFolder", exports]);

        var run = await bot.RunScriptAsync([AddAcme, "/export"], Ct);

        Assert.Equal(0, run.ExitCode);
        var files = Directory.GetFiles(exports).OrderBy(Path.GetExtension, StringComparer.Ordinal).ToList();
        Assert.Equal([".ics", ".json"], files.Select(Path.GetExtension));
        Assert.All(files, file => Assert.Contains($"[file saved: {file}]", run.Output, StringComparison.Ordinal));
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(files[1], Ct));
        Assert.Contains("Acme Corp", json.RootElement.GetRawText(), StringComparison.Ordinal);
        Assert.StartsWith("BEGIN:VCALENDAR", await File.ReadAllTextAsync(files[0], Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_Twice_KeepsTheFirstFilesAndWritesNewOnes()
    {
        using var folder = new TemporaryFolder();
        var exports = folder.File("exports");
        await using var bot = BotProcess.Start(["--db", folder.File("bot.db"), "--user", "alice", "--Console:ExportFolder", exports]);

        var run = await bot.RunScriptAsync([AddAcme, "/export", "/export"], Ct);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(4, Directory.GetFiles(exports).Length);
    }

    [Fact]
    public async Task Start_RepliesCommittedButNeverShown_ShownOnceToTheirOwnUser()
    {
        using var folder = new TemporaryFolder();
        var db = folder.File("bot.db");
        await CommitWithoutShowingAsync(db, ("alice", "interviews"), ("bob", "help"));

        await using (var alice = BotProcess.Start(["--db", db, "--user", "alice"]))
        {
            var first = await alice.RunScriptAsync([], Ct);

            Assert.Equal(0, first.ExitCode);
            Assert.Contains("You haven't added an interview yet.", first.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("I coach you through", first.Output, StringComparison.Ordinal);
        }

        await using var again = BotProcess.Start(["--db", db, "--user", "alice"]);
        var second = await again.RunScriptAsync([], Ct);

        Assert.DoesNotContain("You haven't added an interview yet.", second.Output, StringComparison.Ordinal);
    }

    /// <summary>What a crash between the engine's commit and the printing leaves: replies in the outbox, never shown.</summary>
    private static async Task CommitWithoutShowingAsync(string db, params (string User, string Command)[] turns)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Path"] = db,
            ["Engine:ContentPath"] = Path.Combine(BotProcess.HostDirectory, "content"),
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddConversationEngine();
        services.AddSqliteStorage();
        await using (var provider = services.BuildServiceProvider())
        {
            var engine = provider.GetRequiredService<ConversationEngine>();
            foreach (var (user, command) in turns)
            {
                await engine.HandleAsync(new Inbound(new UserRef("console", user), user, new CommandInput(command, string.Empty), "crashed-" + user), Ct);
            }
        }

        SqliteConnection.ClearAllPools();
    }
}
