namespace InterviewCoachBot.Engine.Tests.Calendar;

/// <summary>A decision day must still be ahead and come after the interview; a refused one saves nothing and is asked again.</summary>
public sealed class DecisionDateCheckTests
{
    /// <summary>Thursday 3 Dec 2026, 12:00 UTC (the user's zone).</summary>
    private static readonly DateTimeOffset Thursday = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Decision_InThePast_IsRefusedAndNothingIsSaved()
    {
        await using var bot = BotHarness.Start(Thursday);
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync("/interview Acme | Engineer | Dana | 2026-11-20 10:00 | email");

        await ann.SendAsync("/decision 1 27 Nov");
        var refused = ann.LastText;
        await ann.SendAsync("/interviews");

        Assert.Contains("Fri 27 Nov is already past", refused, StringComparison.Ordinal);
        Assert.Contains("I haven't saved it. Which day did Acme say they'd decide by?", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("Noted", refused, StringComparison.Ordinal);
        Assert.Contains("ask when they expect to decide, and note it with /decision 1", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decision_BeforeTheInterview_IsRefusedWithTheInterviewDay()
    {
        await using var bot = BotHarness.Start(Thursday);
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync("/interview Acme | Engineer | Dana | 2026-12-09 10:00 | video");

        await ann.SendAsync("/decision 1 8 Dec");

        Assert.Contains("Tue 8 Dec is before the interview itself (Wed 9 Dec)", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("I haven't saved it.", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decision_WeekdayForAnInterviewNextMarch_MeansThisWeekAndIsRefusedWithoutACheckIn()
    {
        await using var bot = BotHarness.Start(Thursday);
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync("/interview Acme | Engineer | Dana | 2027-03-15 10:00 | video");

        await ann.SendAsync("/decision 1 mon");
        var refused = ann.LastText;
        await ann.SendAsync("/nudges");

        Assert.Contains("Mon 7 Dec is before the interview itself (Mon 15 Mar)", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("Decision check-in", ann.LastText, StringComparison.Ordinal);
    }
}
