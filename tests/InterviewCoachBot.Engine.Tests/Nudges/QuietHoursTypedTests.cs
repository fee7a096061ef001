namespace InterviewCoachBot.Engine.Tests.Nudges;

/// <summary>/quiet as people type it: 12-hour ranges, and hours over midday asked back instead of taken.</summary>
public sealed class QuietHoursTypedTests
{
    /// <summary>Thursday 3 Dec 2026, 12:00 UTC.</summary>
    private static readonly DateTimeOffset Thursday = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("10pm-7am", "22:00-07:00")]
    [InlineData("10:30pm - 6:45am", "22:30-06:45")]
    [InlineData("11pm-noon", "23:00-12:00")]
    public async Task Quiet_TwelveHourRange_IsSet(string typed, string shown)
    {
        await using var bot = BotHarness.Start(Thursday);
        var ann = await bot.UserAsync("ann", "Berlin");

        await ann.SendAsync("/quiet " + typed);
        var set = ann.LastText;
        await ann.SendAsync("/quiet");

        Assert.Contains($"Quiet hours set to {shown} in Europe/Berlin", set, StringComparison.Ordinal);
        Assert.Contains($"Your quiet hours are {shown}", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quiet_HoursOverMidday_AreAskedBackAndNotTaken()
    {
        await using var bot = BotHarness.Start(Thursday);
        var ann = await bot.UserAsync("ann", "Berlin");
        await ann.SendAsync("/quiet 23:00-06:00");

        await ann.SendAsync("/quiet 08:00-21:00");
        var asked = ann.LastText;
        var choices = ann.ButtonLabels();
        await ann.SendAsync("/quiet");

        Assert.Contains("Did you mean 21:00-08:00?", asked, StringComparison.Ordinal);
        Assert.Equal(["21:00-08:00", "08:00-21:00, as typed"], choices);
        Assert.Contains("Your quiet hours are 23:00-06:00", ann.LastText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("21:00-08:00", "21:00-08:00")]
    [InlineData("08:00-21:00, as typed", "08:00-21:00")]
    public async Task Quiet_HoursOverMidday_TheChoicePressedIsSet(string pressed, string shown)
    {
        await using var bot = BotHarness.Start(Thursday);
        var ann = await bot.UserAsync("ann", "Berlin");
        await ann.SendAsync("/quiet 8am-9pm");

        await ann.PressAsync(pressed);

        Assert.Contains($"Quiet hours set to {shown} in Europe/Berlin", ann.LastText, StringComparison.Ordinal);
    }
}
