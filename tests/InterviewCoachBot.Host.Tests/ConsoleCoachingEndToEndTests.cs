namespace InterviewCoachBot.Host.Tests;

/// <summary>The four coaching areas walked end to end in the console chat of the built program.</summary>
public sealed class ConsoleCoachingEndToEndTests
{
    [Fact]
    public async Task Run_AllFourAreas_EachGivesItsGuidanceAndKeepsTheCandidatesAnswers()
    {
        using var folder = new TemporaryFolder();
        await using var bot = BotProcess.Start(["--db", folder.File("bot.db"), "--user", "ann"]);

        var run = await bot.RunScriptAsync(
            [
                "/interview Acme Corp | Backend Engineer | Dana Levi | 2 hours ago | email",
                "Write a draft",
                "the new billing platform",
                "I have led two migrations like this",
                "Mark as sent",
                "/decision 1 in 5 days",
                "/followup 1 sent",
                "/followup 1 sent",
                "/call 1",
                "tomorrow 10:00",
                "Sam Ortiz",
                "/call 1 note question How big is the team?",
                "/call 1 sheet",
                "/outcome 1 second_interview",
                "1",
                "in 3 days",
                "/second 1 note story Billing migration with zero downtime",
                "/checklist 1 second 1",
                "/second 1 sheet",
                "/interviews",
            ],
            TestContext.Current.CancellationToken);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Send a short thank-you note to Acme Corp by", run.Output, StringComparison.Ordinal);
        Assert.Contains("Subject: Thank you for the Backend Engineer interview", run.Output, StringComparison.Ordinal);
        Assert.Contains("You marked your thank-you note as sent", run.Output, StringComparison.Ordinal);
        Assert.Contains("Noted: you followed up with Acme Corp", run.Output, StringComparison.Ordinal);
        Assert.Contains("You already followed up with Acme Corp", run.Output, StringComparison.Ordinal);
        Assert.Contains("Your follow-up call with Sam Ortiz from Acme Corp is tomorrow 10:00.", run.Output, StringComparison.Ordinal);
        Assert.Contains("Questions to clarify:\n  - How big is the team?", run.Output, StringComparison.Ordinal);
        Assert.Contains("Recorded for #1 Acme Corp: Second interview.", run.Output, StringComparison.Ordinal);
        Assert.Contains("Second interview checklist for #1 Acme Corp: 1/12 done", run.Output, StringComparison.Ordinal);
        Assert.Contains("Stories:\n  - Billing migration with zero downtime", run.Output, StringComparison.Ordinal);
        Assert.Contains("Stage: second interview scheduled", run.Output, StringComparison.Ordinal);
    }
}
