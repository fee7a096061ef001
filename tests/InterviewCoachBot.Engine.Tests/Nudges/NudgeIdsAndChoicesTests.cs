using System.Text.RegularExpressions;

namespace InterviewCoachBot.Engine.Tests.Nudges;

/// <summary>/nudges shows the id that /nudges snooze needs; a step still ahead is only offered times still ahead.</summary>
public sealed partial class NudgeIdsAndChoicesTests
{
    /// <summary>Thursday 3 Dec 2026, 12:00 UTC (13:00 in Berlin).</summary>
    private static readonly DateTimeOffset Thursday = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Nudges_List_ShowsTheIdThatSnoozeTakes()
    {
        await using var bot = BotHarness.Start(Thursday);
        var ann = await bot.UserAsync("ann", "Berlin");
        await ann.SendAsync("/interview Acme | Engineer | Dana | today 12:00 | email");
        await ann.SendAsync("/nudges");
        var line = ThankYouLine().Match(ann.LastText);
        Assert.True(line.Success, ann.LastText);

        await ann.SendAsync($"/nudges snooze {line.Groups["id"].Value} 60");
        var snoozed = ann.LastText;
        await ann.SendAsync("/nudges");

        Assert.Contains("Snoozed: I'll remind you again", snoozed, StringComparison.Ordinal);
        Assert.Contains($"Thu 3 Dec 14:00  #1 Acme: Thank-you note (id {line.Groups["id"].Value})", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("/nudges snooze ID MINUTES", ann.LastText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/call 1")]
    [InlineData("/second 1 schedule")]
    public async Task Schedule_FutureStep_OffersOnlyFutureTimes(string command)
    {
        await using var bot = BotHarness.Start(Thursday);
        var ann = await bot.UserAsync("ann", "Berlin");
        await ann.SendAsync("/interview Acme | Engineer | Dana | yesterday 10:00 | email");

        await ann.SendAsync(command);

        Assert.Equal(["Tomorrow 10:00", "Tomorrow 14:00"], ann.ButtonLabels());
        Assert.DoesNotContain("2 hours ago", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schedule_OnNewYearsEve_TheOfferedChoiceIsNewYearsDay()
    {
        await using var bot = BotHarness.Start(new DateTimeOffset(2026, 12, 31, 12, 0, 0, TimeSpan.Zero));
        var ann = await bot.UserAsync("ann", "Berlin");
        await ann.SendAsync("/interview Acme | Engineer | Dana | yesterday 10:00 | email");
        await ann.SendAsync("/call 1");

        await ann.PressAsync("Tomorrow 10:00");
        await ann.SendAsync("Sam");
        await ann.SendAsync("/nudges");

        Assert.Contains("Fri 1 Jan 2027 09:00  #1 Acme: Call reminder", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interview_WhenAsked_StillOffersTimesInThePast()
    {
        await using var bot = BotHarness.Start(Thursday);
        var ann = await bot.UserAsync("ann", "Berlin");

        await ann.SendAsync("/interview Acme | Engineer | Dana");

        Assert.Contains("1 hour ago", ann.ButtonLabels());
    }

    [GeneratedRegex(@"Thu 3 Dec 15:00  #1 Acme: Thank-you note \(id (?<id>[0-9]+)\)")]
    private static partial Regex ThankYouLine();
}
