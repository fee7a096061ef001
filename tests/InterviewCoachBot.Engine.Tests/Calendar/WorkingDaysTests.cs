namespace InterviewCoachBot.Engine.Tests.Calendar;

/// <summary>The one follow-up and date-based check-ins land on working days (Monday to Friday), in every view.</summary>
public sealed class WorkingDaysTests
{
    /// <summary>Thursday 3 Dec 2026, 12:00 UTC (the user's zone).</summary>
    private static readonly DateTimeOffset Thursday = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    private const string AddTuesday = "/interview Acme | Engineer | Dana | 2026-12-01 10:00 | email";

    [Fact]
    public async Task Decision_ByFriday_FollowUpAndCheckInOnMondayInEveryView()
    {
        await using var bot = BotHarness.Start(Thursday);
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync(AddTuesday);

        await ann.SendAsync("/decision 1 friday");
        var noted = ann.LastText;
        await ann.SendAsync("/nudges");
        var nudges = ann.LastText;
        await ann.SendAsync("/interviews");
        var list = ann.LastText;

        Assert.Contains("Acme expects to decide by Fri 4 Dec. If you haven't heard by Mon 7 Dec, that's the day", noted, StringComparison.Ordinal);
        Assert.Contains("Mon 7 Dec 09:00  #1 Acme: Decision check-in", nudges, StringComparison.Ordinal);
        Assert.Contains("if you've heard nothing by Mon 7 Dec, follow up once then", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUp_OnTheWeekendAfterAFridayDecisionDate_IsStillEarly()
    {
        await using var bot = BotHarness.Start(Thursday);
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync(AddTuesday);
        await ann.SendAsync("/decision 1 friday");

        bot.Time.Advance(TimeSpan.FromDays(2)); // Saturday 5 Dec
        await ann.SendAsync("/followup 1");
        var advice = ann.LastText;
        await ann.SendAsync("/interviews");

        Assert.Contains("a little early to follow up: if you've heard nothing by Mon 7 Dec", advice, StringComparison.Ordinal);
        Assert.Contains("Stage: waiting for the decision", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decision_ByASaturday_FollowUpTheNextMondayNotSunday()
    {
        await using var bot = BotHarness.Start(Thursday);
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync(AddTuesday);

        await ann.SendAsync("/decision 1 Dec 12");

        Assert.Contains("If you haven't heard by Mon 14 Dec", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckIns_AWeekAfterASaturdayInterview_MoveToMonday()
    {
        await using var bot = BotHarness.Start(Thursday);
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync("/interview Acme | Engineer | Dana | 2026-11-28 10:00 | email");

        await ann.SendAsync("/nudges");

        Assert.Contains("Mon 7 Dec 09:00  #1 Acme: Check-in after a week", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("Mon 14 Dec 09:00  #1 Acme: Check-in after two weeks", ann.LastText, StringComparison.Ordinal);
    }
}
