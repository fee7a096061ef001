using System.Text;
using Ical.Net.CalendarComponents;

namespace InterviewCoachBot.Engine.Tests.Calendar;

/// <summary>The exported .ics: only steps still ahead of open interviews, described, with the bot's reminders as alarms, and UIDs no other user shares.</summary>
public sealed class CalendarExportTests
{
    /// <summary>Thursday 3 Dec 2026, 12:00 UTC (the users' zone).</summary>
    private static readonly DateTimeOffset Thursday = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Export_TwoUsersWithTheirFirstInterview_GetDifferentUidsThatStayTheSameOnTheNextExport()
    {
        await using var bot = BotHarness.Start(Thursday);
        var ann = await bot.UserAsync("ann");
        var bob = await bot.UserAsync("bob");
        await ann.SendAsync("/interview Acme | Engineer | Dana | 2026-12-08 10:00 | email");
        await bob.SendAsync("/interview Acme | Engineer | Dana | 2026-12-08 10:00 | email");

        var annFirst = await UidsAsync(ann);
        var bobs = await UidsAsync(bob);
        var annAgain = await UidsAsync(ann);

        Assert.Equal(2, annFirst.Count); // the interview and its thank-you deadline
        Assert.Empty(annFirst.Intersect(bobs));
        Assert.Equal(annFirst, annAgain);
        Assert.DoesNotContain("interview-1@interviewcoachbot", annFirst);
        Assert.Equal(annFirst.Count, annFirst.Distinct().Count());
    }

    [Fact]
    public async Task Export_AfterTheInterviewMoved_SameUidWithAHigherSequenceSoACalendarReplacesTheOldEvent()
    {
        await using var bot = BotHarness.Start(Thursday);
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync("/interview Acme | Engineer | Dana | 2026-12-08 10:00 | email");
        var before = Assert.Single(await EventsAsync(ann), item => item.Summary == "Interview: Acme (Engineer)");

        bot.Time.Advance(TimeSpan.FromMinutes(3));
        await ann.SendAsync("/edit 1 when 2026-12-09 14:00");
        var after = Assert.Single(await EventsAsync(ann), item => item.Summary == "Interview: Acme (Engineer)");

        Assert.Equal(before.Uid, after.Uid);
        Assert.True(after.Sequence > before.Sequence, $"SEQUENCE {after.Sequence} after the move, {before.Sequence} before");
        Assert.Equal(new DateTime(2026, 12, 9, 14, 0, 0, DateTimeKind.Utc), after.Start!.AsUtc);
    }

    [Fact]
    public async Task Export_PastAndClosedInterviews_AreLeftOut()
    {
        await using var bot = BotHarness.Start(Thursday);
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync("/interview Past | Engineer | Dana | 2026-11-20 10:00 | email");
        await ann.SendAsync("/interview Ahead | Engineer | Dana | 2026-12-08 10:00 | email");
        await ann.SendAsync("/interview Closed | Engineer | Dana | 2026-12-03 09:00 | email"); // its thank-you note would still be ahead
        await ann.SendAsync("/outcome 3 not_selected");

        var events = await EventsAsync(ann);

        Assert.Equal(["Interview: Ahead (Engineer)", "Thank-you note due: Ahead"], events.Select(item => item.Summary));
    }

    [Fact]
    public async Task Export_CallAndFollowUpDay_SayWhoAndHowAndAlarmWithTheReminders()
    {
        await using var bot = BotHarness.Start(Thursday);
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync("/interview Acme | Engineer | Dana | 2026-12-01 10:00 | video");
        await ann.SendAsync("/decision 1 friday");
        await ann.SendAsync("/call 1");
        await ann.SendAsync("2026-12-07 15:00");
        await ann.SendAsync("Sam Ortiz");

        var events = await EventsAsync(ann);

        var call = Assert.Single(events, item => item.Summary == "Follow-up call with Sam Ortiz: Acme");
        Assert.Equal("With Dana (video call). Prepare with /call 1.", call.Description);
        // Call preparation the day before at 10:00 (29 hours before 15:00), and the reminder an hour before.
        Assert.Equal([TimeSpan.FromHours(-29), TimeSpan.FromHours(-1)], call.Alarms.Select(alarm => alarm.Trigger!.Duration!.Value.ToTimeSpanUnspecified()).Order());
        var followUp = Assert.Single(events, item => item.Summary == "Follow up once if no news: Acme");
        Assert.Equal(new DateOnly(2026, 12, 7), DateOnly.FromDateTime(followUp.Start!.Value));
        Assert.Contains("/followup 1", followUp.Description, StringComparison.Ordinal);
        Assert.Equal([TimeSpan.FromHours(9)], followUp.Alarms.Select(alarm => alarm.Trigger!.Duration!.Value.ToTimeSpanUnspecified()));
    }

    private static async Task<List<CalendarEvent>> EventsAsync(ChatUser user)
    {
        var replies = await user.SendAsync("/export");
        var ics = replies.Single(reply => reply.Document?.MediaType == "text/calendar").Document!;
        return [.. Ical.Net.Calendar.Load(Encoding.UTF8.GetString(ics.Content))!.Events];
    }

    private static async Task<List<string>> UidsAsync(ChatUser user) => [.. (await EventsAsync(user)).Select(item => item.Uid!)];
}
