namespace InterviewCoachBot.Engine.Tests.Calendar;

/// <summary>Dates as people type them: parts of the day, abbreviations, "by Friday", "next week", and "next fri" on a Thursday.</summary>
public sealed class TypedDatesTests
{
    /// <summary>Thursday 3 Dec 2026, 12:00 UTC (13:00 in Berlin).</summary>
    private static readonly DateTimeOffset Thursday = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("yesterday afternoon", "Wed 2 Dec 15:00")]
    [InlineData("this morning", "Thu 3 Dec 09:00")]
    [InlineData("tonight", "Thu 3 Dec 19:00")]
    [InlineData("this evening", "Thu 3 Dec 19:00")]
    [InlineData("tmrw 9", "Fri 4 Dec 09:00")]
    [InlineData("tmr 10:30", "Fri 4 Dec 10:30")]
    [InlineData("tues 14:00", "Tue 1 Dec 14:00")]
    [InlineData("thurs 9:00", "Thu 3 Dec 09:00")]
    public async Task Interview_DayTypedTheEverydayWay_IsSavedAtThatTime(string typed, string shown)
    {
        await using var bot = BotHarness.Start(Thursday);
        var ann = await bot.UserAsync("ann", "Berlin");

        await ann.SendAsync($"/interview Acme | Engineer | Dana | {typed} | email");
        await ann.SendAsync("/interviews");

        Assert.Contains($"{shown} (email) with Dana", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interview_BareHourThatCouldBeNightOrAfternoon_IsAskedWithBoth()
    {
        await using var bot = BotHarness.Start(Thursday);
        var ann = await bot.UserAsync("ann", "Berlin");

        await ann.SendAsync("/interview Acme | Engineer | Dana | tmrw 3 | email");

        Assert.Contains("\"tmrw 3\" could be 03:00 or 15:00; add am or pm. Try: tmrw 3pm", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decision_ByFriday_IsThatFridayWithTheFollowUpOnMonday()
    {
        await using var bot = BotHarness.Start(Thursday);
        var ann = await bot.UserAsync("ann", "Berlin");
        await ann.SendAsync("/interview Acme | Engineer | Dana | yesterday 10:00 | email");

        await ann.SendAsync("/decision 1 by Friday");

        Assert.Contains("Acme expects to decide by Fri 4 Dec. If you haven't heard by Mon 7 Dec", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decision_NextWeek_IsTheFridayOfNextWeek()
    {
        await using var bot = BotHarness.Start(Thursday);
        var ann = await bot.UserAsync("ann", "Berlin");
        await ann.SendAsync("/interview Acme | Engineer | Dana | yesterday 10:00 | email");

        await ann.SendAsync("/decision 1 next week");

        Assert.Contains("Acme expects to decide by Fri 11 Dec. If you haven't heard by Mon 14 Dec", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decision_NextWeekAtTheYearEnd_IsTheFridayInTheNewYear()
    {
        await using var bot = BotHarness.Start(new DateTimeOffset(2026, 12, 30, 12, 0, 0, TimeSpan.Zero));
        var ann = await bot.UserAsync("ann", "Berlin");
        await ann.SendAsync("/interview Acme | Engineer | Dana | yesterday 10:00 | email");

        await ann.SendAsync("/decision 1 next week");

        Assert.Contains("Acme expects to decide by Fri 8 Jan. If you haven't heard by Mon 11 Jan", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decision_NextFridayOnAThursday_IsAskedWithBothDatesAndNotSaved()
    {
        await using var bot = BotHarness.Start(Thursday);
        var ann = await bot.UserAsync("ann", "Berlin");
        await ann.SendAsync("/interview Acme | Engineer | Dana | yesterday 10:00 | email");

        await ann.SendAsync("/decision 1 next friday");
        var asked = ann.LastText;
        await ann.SendAsync("/interviews");

        Assert.Contains("\"next friday\" could be Fri 4 Dec (tomorrow) or Fri 11 Dec. Which one?", asked, StringComparison.Ordinal);
        Assert.DoesNotContain("Noted", asked, StringComparison.Ordinal);
        Assert.DoesNotContain("decide by", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Call_NextSaturdayOnAThursday_IsAskedWithBothDates()
    {
        await using var bot = BotHarness.Start(Thursday);
        var ann = await bot.UserAsync("ann", "Berlin");
        await ann.SendAsync("/interview Acme | Engineer | Dana | yesterday 10:00 | email");
        await ann.SendAsync("/call 1");

        await ann.SendAsync("next sat 10:00");

        Assert.Contains("\"next sat\" could be Sat 5 Dec (the day after tomorrow) or Sat 12 Dec. Which one?", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Call_TomorrowMorningOnTheNightTheClocksGoBack_IsNineInWinterTime()
    {
        // Saturday 24 Oct 2026, 12:00 UTC; Berlin leaves summer time on Sunday at 03:00.
        await using var bot = BotHarness.Start(new DateTimeOffset(2026, 10, 24, 12, 0, 0, TimeSpan.Zero));
        var ann = await bot.UserAsync("ann", "Berlin");
        await ann.SendAsync("/interview Acme | Engineer | Dana | yesterday 10:00 | email");
        await ann.SendAsync("/call 1");
        await ann.SendAsync("tmrw morning");
        await ann.SendAsync("Sam");

        await ann.SendAsync("/nudges");

        // One hour before 09:00 CET, not before 09:00 CEST.
        Assert.Contains("Sun 25 Oct 08:00  #1 Acme: Call reminder", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interview_TomorrowMorningOnNewYearsEve_IsNewYearsDay()
    {
        await using var bot = BotHarness.Start(new DateTimeOffset(2026, 12, 31, 12, 0, 0, TimeSpan.Zero));
        var ann = await bot.UserAsync("ann", "Berlin");

        await ann.SendAsync("/interview Acme | Engineer | Dana | tmrw morning | video");
        await ann.SendAsync("/interviews");

        Assert.Contains("Fri 1 Jan 2027 09:00 (video call) with Dana", ann.LastText, StringComparison.Ordinal);
    }
}
