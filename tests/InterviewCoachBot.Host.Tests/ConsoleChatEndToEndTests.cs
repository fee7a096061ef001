namespace InterviewCoachBot.Host.Tests;

/// <summary>The built bot as a process with piped input: what a newcomer sees in a terminal.</summary>
public sealed class ConsoleChatEndToEndTests
{
    [Fact]
    public async Task Run_NewcomerScript_AddsListsChangesZoneAndForgets()
    {
        using var folder = new TemporaryFolder();
        await using var bot = BotProcess.Start(["--db", folder.File("bot.db"), "--user", "alice"]);

        var run = await bot.RunScriptAsync(
            [
                "/help",
                "/interview",
                "Acme Corp",
                "Backend Engineer",
                "Dana Levi",
                "2 hours ago",
                "1",
                "/interviews",
                "/timezone Berlin",
                "/forget",
                "yes",
                "/interviews",
            ],
            TestContext.Current.CancellationToken);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("/interview", run.Output, StringComparison.Ordinal);
        Assert.Contains("Which company is the interview with?", run.Output, StringComparison.Ordinal);
        Assert.Contains("Saved interview #1.", run.Output, StringComparison.Ordinal);
        Assert.Contains("#1 Acme Corp: Backend Engineer", run.Output, StringComparison.Ordinal);
        Assert.Contains("(email) with Dana Levi", run.Output, StringComparison.Ordinal);
        Assert.Contains("Your time zone is now Europe/Berlin", run.Output, StringComparison.Ordinal);
        Assert.Contains("Done: I deleted", run.Output, StringComparison.Ordinal);
        Assert.StartsWith("You haven't added an interview yet.", FinalReply(run.Output), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_TwoUsersShareOneFile_EachSeesOnlyTheirOwn()
    {
        using var folder = new TemporaryFolder();
        var db = folder.File("shared.db");
        await using (var alice = BotProcess.Start(["--db", db, "--user", "alice"]))
        {
            await alice.RunScriptAsync(["/interview Acme Corp | Backend Engineer | Dana | 2 hours ago | email"], TestContext.Current.CancellationToken);
        }

        await using var bob = BotProcess.Start(["--db", db, "--user", "bob"]);
        var run = await bob.RunScriptAsync(["/interviews", "/edit 1"], TestContext.Current.CancellationToken);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("Acme", run.Output, StringComparison.Ordinal);
        Assert.Contains("You haven't added an interview yet.", run.Output, StringComparison.Ordinal);
        Assert.Contains("You have no interview #1: you haven't added one yet.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WizardInterruptedByExit_ResumesInTheNextProcess()
    {
        using var folder = new TemporaryFolder();
        var db = folder.File("bot.db");
        await using (var first = BotProcess.Start(["--db", db, "--user", "alice"]))
        {
            await first.RunScriptAsync(["/interview", "Acme Corp"], TestContext.Current.CancellationToken);
        }

        await using var second = BotProcess.Start(["--db", db, "--user", "alice"]);
        var run = await second.RunScriptAsync(["Backend Engineer"], TestContext.Current.CancellationToken);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Who interviewed you (or will)?", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_InvalidOption_ExitsWithClearMessage()
    {
        using var folder = new TemporaryFolder();
        await using var bot = BotProcess.Start(
            ["--db", folder.File("bot.db")],
            new Dictionary<string, string> { ["Engine__WizardIdleTimeout"] = "00:00:05" });

        var run = await bot.RunScriptAsync([], TestContext.Current.CancellationToken);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("WizardIdleTimeout must be between 00:01:00 and 7.00:00:00", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_BrokenContentFile_ExitsNamingFileAndLine()
    {
        using var folder = new TemporaryFolder();
        var content = Directory.CreateDirectory(folder.File("content")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(BotProcess.HostDirectory, "content")))
        {
            File.Copy(file, Path.Combine(content, Path.GetFileName(file)));
        }

        await File.WriteAllTextAsync(Path.Combine(content, "timezones.yaml"), "countries:\n  - name: Germany\n    code: [DE\n", TestContext.Current.CancellationToken);
        await using var bot = BotProcess.Start(
            ["--db", folder.File("bot.db")],
            new Dictionary<string, string> { ["Engine__ContentPath"] = content });

        var run = await bot.RunScriptAsync([], TestContext.Current.CancellationToken);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("timezones.yaml:", run.Errors, StringComparison.Ordinal);
    }

    /// <summary>The last reply the bot printed (replies are separated by a blank line).</summary>
    private static string FinalReply(string output) =>
        output.Trim().Split("\n\n", StringSplitOptions.RemoveEmptyEntries)[^1].Trim();
}
