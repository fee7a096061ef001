namespace InterviewCoachBot.Engine.Tests.Coaching;

/// <summary>A pause gets check-ins after one and two weeks; "asked for more" asks by when and reminds the working day before.</summary>
public sealed class PauseAndMoreInfoRemindersTests
{
    /// <summary>Thursday 3 Dec 2026, 12:00 UTC (the user's zone).</summary>
    private static readonly DateTimeOffset Thursday = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Saturday 5 Dec 2026, 12:00 UTC.</summary>
    private static readonly DateTimeOffset Saturday = new(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);

    private const string AddTuesday = "/interview Acme | Engineer | Dana | 2026-12-01 10:00 | email";

    [Fact]
    public async Task Paused_OnASaturday_CheckInsOnTheMondaysAfterOneAndTwoWeeks_OutsideQuietHours()
    {
        await using var bot = BotHarness.Start(Saturday);
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync(AddTuesday);
        await ann.SendAsync("/quiet 21:00-09:30");

        await ann.SendAsync("/outcome 1 they put it on hold");
        await ann.SendAsync("/nudges");
        var planned = ann.LastText;
        await ann.SendAsync("/outcome 1 offer");
        await ann.SendAsync("/nudges");

        Assert.Contains("Mon 14 Dec 09:30  #1 Acme: Check-in a week into the pause", planned, StringComparison.Ordinal);
        Assert.Contains("Mon 21 Dec 09:30  #1 Acme: Check-in two weeks into the pause", planned, StringComparison.Ordinal);
        Assert.DoesNotContain("into the pause", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskedForMore_AsksByWhenAndRemindsTheWorkingDayBefore()
    {
        await using var bot = BotHarness.Start(Thursday);
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync(AddTuesday);

        await ann.SendAsync("/outcome 1");
        await ann.PressAsync("They asked for more");
        Assert.Contains("By when do they want it?", ann.LastText, StringComparison.Ordinal);
        await ann.SendAsync("mon");
        var noted = ann.LastText;
        await ann.SendAsync("/interviews");
        var list = ann.LastText;
        await ann.SendAsync("/nudges");

        Assert.Contains("Acme wants it by Mon 7 Dec. I'll remind you on Fri 4 Dec, the working day before.", noted, StringComparison.Ordinal);
        Assert.Contains("(they want it by Mon 7 Dec)", list, StringComparison.Ordinal);
        Assert.Contains("Fri 4 Dec 10:00  #1 Acme: Send what they asked for", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskedForMore_ADayAlreadyPast_IsAskedAgain()
    {
        await using var bot = BotHarness.Start(Thursday);
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync(AddTuesday);
        await ann.SendAsync("/outcome 1 more_info");

        await ann.SendAsync("yesterday");

        Assert.Contains("Wed 2 Dec is already past", ann.LastText, StringComparison.Ordinal);
    }
}
