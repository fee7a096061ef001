namespace InterviewCoachBot.Host.Tests;

/// <summary>
/// A turn that fails in the console chat: the user reads one friendly line, the log gets one line without a stack trace
/// (the details only with <c>--verbose</c>), and the chat goes on.
/// </summary>
public sealed class ConsoleErrorEndToEndTests
{
    private const string AddInterview = "/interview Acme Corp | Backend Engineer | Dana Levi | 2 hours ago | email";

    [Fact]
    public async Task Run_ReplyCannotBeShown_OneFriendlyLineAndNoStackTrace()
    {
        using var folder = new TemporaryFolder();

        var run = await RunWithUnusableExportFolderAsync(folder, [AddInterview, "/export", "/interviews"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Sorry, something went wrong on my side", run.Output, StringComparison.Ordinal);
        Assert.Contains("#1 Acme Corp", run.Output[run.Output.IndexOf("Sorry", StringComparison.Ordinal)..], StringComparison.Ordinal);
        // /export sends two files, so two replies fail: one log line each.
        var logLines = run.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(2, logLines.Length);
        Assert.All(logLines, line => Assert.Contains("IOException; run with --verbose for the details", line, StringComparison.Ordinal));
        Assert.DoesNotContain(".cs:line", run.Errors + run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ReplyCannotBeShownWithVerbose_LogsTheStackTrace()
    {
        using var folder = new TemporaryFolder();

        var run = await RunWithUnusableExportFolderAsync(folder, [AddInterview, "/export"], "--verbose");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Sorry, something went wrong on my side", run.Output, StringComparison.Ordinal);
        Assert.Contains("   at ", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ReplyKeptFromLastTimeStillCannotBeShown_ChatStartsAndGoesOn()
    {
        using var folder = new TemporaryFolder();
        await RunWithUnusableExportFolderAsync(folder, [AddInterview, "/export"]);

        var run = await RunWithUnusableExportFolderAsync(folder, ["/interviews"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("I'll show it again when you next start the chat", run.Output, StringComparison.Ordinal);
        Assert.Contains("#1 Acme Corp", run.Output, StringComparison.Ordinal);
    }

    /// <summary>The export folder is a plain file, so saving an exported file fails after the turn committed.</summary>
    private static async Task<BotRun> RunWithUnusableExportFolderAsync(TemporaryFolder folder, string[] script, params string[] switches)
    {
        var notAFolder = folder.File("exports");
        if (!File.Exists(notAFolder))
        {
            await File.WriteAllTextAsync(notAFolder, "a file where a folder should be", TestContext.Current.CancellationToken);
        }

        await using var bot = BotProcess.Start(["--db", folder.File("bot.db"), "--user", "ann", "--Console:ExportFolder", notAFolder, .. switches]);
        return await bot.RunScriptAsync(script, TestContext.Current.CancellationToken);
    }
}
