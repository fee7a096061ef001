namespace InterviewCoachBot.Engine.Tests.Nudges;

/// <summary>A zone change re-plans the reminders in the new zone; one whose new time has passed is dropped, never sent "late".</summary>
public sealed class TimeZoneChangeTests
{
    /// <summary>Thursday 3 Dec 2026, 09:30 UTC: the call preparation (10:00 the day before) is still ahead in UTC.</summary>
    private static readonly DateTimeOffset Thursday = new(2026, 12, 3, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task TimeZone_ChangedWithACallTomorrow_SendsNothingLateAndKeepsWhatIsAhead()
    {
        await using var bot = NudgeHarness.Start(Thursday);
        await bot.SayAsync("ann", "/interview Acme | Engineer | Dana | yesterday 10:00 | email");
        await bot.SayAsync("ann", "/call 1");
        await bot.SayAsync("ann", "tomorrow 15:00");
        await bot.SayAsync("ann", "Sam");
        var before = await bot.TextAsync("ann", "/nudges");

        await bot.SayAsync("ann", "/timezone Berlin");
        await bot.RunAtAsync(Thursday.AddMinutes(1));
        var after = await bot.TextAsync("ann", "/nudges");

        Assert.Contains("Thu 3 Dec 10:00  #1 Acme: Call preparation", before, StringComparison.Ordinal);
        Assert.Empty(bot.Messenger.Sent);
        Assert.Contains("in Europe/Berlin", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Call preparation", after, StringComparison.Ordinal);
        Assert.Contains("Fri 4 Dec 15:00  #1 Acme: Call reminder", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TimeZone_ChangedBackBeforeTheTime_PlansTheReminderAgain()
    {
        await using var bot = NudgeHarness.Start(Thursday);
        await bot.SayAsync("ann", "/interview Acme | Engineer | Dana | yesterday 10:00 | email");
        await bot.SayAsync("ann", "/call 1");
        await bot.SayAsync("ann", "tomorrow 15:00");
        await bot.SayAsync("ann", "Sam");
        await bot.SayAsync("ann", "/timezone Berlin");

        await bot.SayAsync("ann", "/timezone UTC");
        await bot.RunAtAsync(new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero));

        var (_, reply) = Assert.Single(bot.Messenger.Sent);
        Assert.StartsWith("Your call with Sam from Acme is tomorrow 15:00.", reply.Text, StringComparison.Ordinal);
    }
}
