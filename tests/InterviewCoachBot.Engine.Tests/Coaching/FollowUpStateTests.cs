namespace InterviewCoachBot.Engine.Tests.Coaching;

/// <summary>After the one follow-up, no view asks for it again: not /interviews, not /followup, not a check-in.</summary>
public sealed class FollowUpStateTests
{
    /// <summary>Thursday 3 Dec 2026, 12:00 UTC (the user's zone).</summary>
    private static readonly DateTimeOffset Thursday = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    private const string AddTuesday = "/interview Acme | Engineer | Dana | 2026-12-01 10:00 | email";

    [Fact]
    public async Task Sent_ListWaitsForTheirReplyInsteadOfAskingToFollowUp()
    {
        await using var bot = BotHarness.Start(Thursday);
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync(AddTuesday);
        await ann.SendAsync("/decision 1 friday");
        bot.Time.Advance(TimeSpan.FromDays(4)); // Mon 7 Dec, the follow-up day

        await ann.SendAsync("/followup 1 sent");
        await ann.SendAsync("/interviews");

        Assert.Contains("Stage: waiting for a reply", ann.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("follow up once", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_NoViewCallsItEarlyOrAsksForAnotherFollowUp()
    {
        await using var bot = BotHarness.Start(Thursday);
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync(AddTuesday);
        await ann.SendAsync("/decision 1 dec 11"); // follow-up day Mon 14 Dec
        await ann.SendAsync("/followup 1 sent");
        bot.Time.Advance(TimeSpan.FromDays(1)); // Fri 4 Dec

        await ann.SendAsync("/followup 1 reply");
        await ann.SendAsync("/interviews");
        var list = ann.LastText;
        await ann.SendAsync("/followup 1");
        var advice = ann.LastText;
        var buttons = ann.ButtonLabels();
        await ann.SendAsync("/nudges");

        Assert.Contains("Stage: they replied", list, StringComparison.Ordinal);
        Assert.DoesNotContain("follow up once", list, StringComparison.Ordinal);
        Assert.DoesNotContain("a little early to follow up", advice, StringComparison.Ordinal);
        Assert.Contains("Acme answered (today 12:00)", advice, StringComparison.Ordinal);
        Assert.Equal(["Record their decision"], buttons);
        Assert.DoesNotContain("Decision check-in", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoDecisionDate_AdviceAndCheckInsKeepToOneFollowUp()
    {
        await using var bot = BotHarness.Start(Thursday);
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync(AddTuesday);

        await ann.SendAsync("/followup 1");
        var advice = ann.LastText;
        bot.Time.Advance(TimeSpan.FromDays(5)); // Tue 8 Dec, after the week check-in
        await ann.SendAsync("/followup 1 sent");
        await ann.SendAsync("/followup 1 reply");
        await ann.SendAsync("/nudges");

        Assert.Contains("a single check-in is reasonable", advice, StringComparison.Ordinal);
        Assert.DoesNotContain("another", advice, StringComparison.Ordinal);
        Assert.DoesNotContain("Check-in after two weeks", ann.LastText, StringComparison.Ordinal);
    }
}
