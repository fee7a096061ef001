namespace InterviewCoachBot.Engine.Tests.Settings;

/// <summary>/settings shows name, zone, working days, quiet hours and reminders in one reply, and changes each.</summary>
public sealed class SettingsCommandTests
{
    /// <summary>Thursday 3 Dec 2026, 12:00 UTC (the user's zone).</summary>
    private static readonly DateTimeOffset Thursday = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Settings_ShowsEverySettingInOneReply_WithAButtonForEach()
    {
        await using var bot = BotHarness.Start(Thursday);
        var ann = await bot.UserAsync("ann", "Berlin");
        await ann.SendAsync("/quiet 22:00-07:00");
        await ann.SendAsync("/nudges off");

        await ann.SendAsync("/settings");

        Assert.Single(ann.LastReplies);
        Assert.Contains("Name: not given (drafts end with [your name])", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("Time zone: Europe/Berlin", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("Working days: Mon–Fri", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("Quiet hours: 22:00-07:00", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("Reminders: off", ann.LastText, StringComparison.Ordinal);
        Assert.Equal(
            ["Change name", "Change time zone", "Change working days", "Change quiet hours", "Turn reminders on"],
            ann.ButtonLabels());
    }

    [Fact]
    public async Task Settings_NoNameGiven_SaysTheDisplayNameSignsTheDrafts()
    {
        await using var bot = BotHarness.Start();
        var ann = new ChatUser(bot, "ann") { DisplayName = "annie_99" };

        await ann.SendAsync("/settings");

        Assert.Contains("Name: not given (drafts are signed with your display name, annie_99)", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SettingsName_OnOneLine_SignsDraftsBeforeThePlatformName()
    {
        await using var bot = BotHarness.Start();
        var ann = new ChatUser(bot, "ann") { DisplayName = "annie_99" };
        await ann.SendAsync("/interview Acme | Engineer | Dana | today 09:00 | email");

        await ann.SendAsync("/settings name Ann Lee");
        var confirmed = ann.LastText;
        await ann.SendAsync("/thankyou 1 draft");
        await ann.SendAsync("the roadmap");
        await ann.SendAsync("I care about code review");

        Assert.Contains("I'll sign your drafts Ann Lee", confirmed, StringComparison.Ordinal);
        Assert.Contains("Kind regards,\nAnn Lee", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SettingsName_Alone_AsksAndKeepsTheAnswer_AnEmptyOneIsAskedAgain()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync("/settings");

        await ann.PressAsync("Change name");
        var asked = ann.LastText;
        await ann.SendAsync("\u200b");
        var reasked = ann.LastText;
        await ann.SendAsync("Ann Lee");
        await ann.SendAsync("/settings");

        Assert.Contains("What name should I sign your drafts with?", asked, StringComparison.Ordinal);
        Assert.Contains("Please type your name", reasked, StringComparison.Ordinal);
        Assert.Contains("What name should I sign your drafts with?", reasked, StringComparison.Ordinal);
        Assert.Contains("Name: Ann Lee", ann.LastText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sun-thu", "Sun–Thu", "Sun 6 Dec")]
    [InlineData("mon,tue,wed", "Mon–Wed", "Mon 7 Dec")]
    [InlineData("Tues Thurs", "Tue, Thu", "Tue 8 Dec")]
    public async Task SettingsDays_MoveTheFollowUpDay(string typed, string shown, string followUp)
    {
        await using var bot = BotHarness.Start(Thursday);
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync("/interview Acme | Engineer | Dana | 2026-12-01 10:00 | email");

        await ann.SendAsync("/settings days " + typed);
        var confirmed = ann.LastText;
        await ann.SendAsync("/decision 1 friday");

        Assert.Contains($"Your working days are now {shown}.", confirmed, StringComparison.Ordinal);
        Assert.Contains($"If you haven't heard by {followUp}, that's the day", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SettingsDays_Changed_ReplansUpcomingReminders()
    {
        await using var bot = BotHarness.Start(Thursday);
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync("/interview Acme | Engineer | Dana | 2026-11-28 10:00 | email");

        await ann.SendAsync("/settings days mon-sat");
        await ann.SendAsync("/nudges");

        Assert.Contains("Sat 5 Dec 09:00  #1 Acme: Check-in after a week", ann.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("Mon 7 Dec 09:00", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SettingsDays_ByButtons_AsksAndTakesAChoice()
    {
        await using var bot = BotHarness.Start(Thursday);
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync("/settings");

        await ann.PressAsync("Change working days");
        await ann.PressAsync("Sun–Thu");
        await ann.SendAsync("/settings");

        Assert.Contains("Working days: Sun–Thu", ann.LastText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/settings days none")]
    [InlineData("/settings days ,")]
    public async Task SettingsDays_EmptyWeek_IsRefusedWithTheReason(string line)
    {
        await using var bot = BotHarness.Start(Thursday);
        var ann = await bot.UserAsync("ann");

        await ann.SendAsync(line);
        var refused = ann.LastText;
        await ann.SendAsync("/settings");

        Assert.Contains("A working week needs at least one day", refused, StringComparison.Ordinal);
        Assert.Contains("Working days: Mon–Fri", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SettingsDays_Unreadable_SaysHowToWriteThem()
    {
        await using var bot = BotHarness.Start(Thursday);
        var ann = await bot.UserAsync("ann");

        await ann.SendAsync("/settings days weekdays please");

        Assert.Contains("I couldn't read those days", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("/settings days mon-fri, sun-thu or mon,tue,wed", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ListsSettings()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");

        await ann.SendAsync("/help");

        Assert.Contains("/settings [name Ann Lee|days mon-fri] - Your name, time zone, working days, quiet hours and reminders", ann.LastText, StringComparison.Ordinal);
    }
}
