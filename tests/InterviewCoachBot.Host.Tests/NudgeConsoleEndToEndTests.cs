using System.Diagnostics;
using System.Text.RegularExpressions;

namespace InterviewCoachBot.Host.Tests;

/// <summary>
/// Nudges in the real program: the console prints one that falls due while the chat runs, and a process killed with
/// SIGKILL while nudges are due delivers every one of them after a restart, none twice except the one in flight.
/// </summary>
public sealed partial class NudgeConsoleEndToEndTests
{
    [Fact]
    public async Task Console_NudgeFallsDueWhileChatting_PrintedInTheChat()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var folder = new TemporaryFolder();
        var content = NudgeTestContent.Create(folder.Path, 2);
        await using var bot = NudgeBotProcess.Start(Arguments(folder, content));

        await bot.TypeAsync("/quiet off", "/interview Acme | Engineer | Dana | now | email");
        await bot.WaitForAsync(output => output.Contains("NUDGE r1 Acme", StringComparison.Ordinal), TimeSpan.FromSeconds(60), cancellationToken);
        var exitCode = await bot.EndInputAsync(cancellationToken);

        Assert.Equal(0, exitCode);
        Assert.Contains("Saved interview #1.", bot.Output, StringComparison.Ordinal);
        var nudge = bot.Output[bot.Output.IndexOf("NUDGE r1 Acme", StringComparison.Ordinal)..];
        Assert.Contains("1) Done", nudge, StringComparison.Ordinal);
        Assert.Contains("Stop #1", nudge, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Console_KilledWhileNudgesAreDue_RestartDeliversEveryOneAtMostOneTwice()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var folder = new TemporaryFolder();
        var content = NudgeTestContent.Create(folder.Path, 2, 4, 6, 8, 10, 12);
        string[] companies = ["Acme", "Globex", "Initech"];
        var expected = companies.SelectMany(company => Enumerable.Range(1, 6).Select(rule => $"r{rule} {company}")).ToHashSet(StringComparer.Ordinal);

        string first;
        await using (var bot = NudgeBotProcess.Start(Arguments(folder, content)))
        {
            await bot.TypeAsync("/quiet off");
            await bot.TypeAsync([.. companies.Select(company => $"/interview {company} | Engineer | Dana | now | email")]);
            await bot.WaitForAsync(output => Delivered(output).Count >= 4, TimeSpan.FromSeconds(60), cancellationToken);
            await bot.KillAsync();
            first = bot.Output;
        }

        var restart = Stopwatch.StartNew();
        await using var second = NudgeBotProcess.Start(Arguments(folder, content));
        await second.WaitForAsync(output => Delivered(first + output).Distinct().Count() == expected.Count, TimeSpan.FromSeconds(90), cancellationToken);
        var caughtUp = restart.Elapsed;
        var exitCode = await second.EndInputAsync(cancellationToken);

        var all = Delivered(first).Concat(Delivered(second.Output)).ToList();
        var duplicates = all.Count - all.Distinct().Count();
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"before kill: {Delivered(first).Count}, after restart: {Delivered(second.Output).Count}, duplicates: {duplicates}, caught up {caughtUp.TotalSeconds:F1} s after restart");
        Assert.Equal(0, exitCode);
        Assert.Equal(expected, all.ToHashSet(StringComparer.Ordinal));
        Assert.InRange(duplicates, 0, 1);
        Assert.NotEmpty(Delivered(second.Output));
    }

    private static List<string> Delivered(string output) =>
        [.. NudgeLine().Matches(output).Select(match => match.Groups["nudge"].Value)];

    private static string[] Arguments(TemporaryFolder folder, string content) =>
    [
        "--db", folder.File("bot.db"),
        "--user", "alice",
        "--Engine:ContentPath", content,
        "--Nudges:Lease", "00:00:02",
        "--Console:ExportFolder", folder.Path,
    ];

    [GeneratedRegex(@"NUDGE (?<nudge>r\d \w+)", RegexOptions.CultureInvariant)]
    private static partial Regex NudgeLine();
}
