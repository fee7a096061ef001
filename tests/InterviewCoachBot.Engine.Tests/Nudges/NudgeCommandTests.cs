using System.Text;
using System.Text.Json;
using InterviewCoachBot.Engine.Content;
using InterviewCoachBot.Engine.Nudges;

namespace InterviewCoachBot.Engine.Tests.Nudges;

/// <summary>/nudges, /quiet and /export on the real engine; Ann is in Europe/Berlin (UTC+1), her interview at 12:00 local.</summary>
public sealed class NudgeCommandTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 11, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task Nudges_List_ShowsThePlanInLocalTime()
    {
        await using var bot = await StartAsync();

        var text = await bot.TextAsync("ann", "/nudges");

        Assert.Contains("in Europe/Berlin (UTC+01:00)", text, StringComparison.Ordinal);
        Assert.Contains("Mon 23 Nov 15:00  #1 Acme: Thank-you note", text, StringComparison.Ordinal);
        Assert.Contains("Tue 24 Nov 08:00  #1 Acme: Thank-you note, last call", text, StringComparison.Ordinal);
        Assert.Contains("Mon 30 Nov 09:00  #1 Acme: Check-in after a week", text, StringComparison.Ordinal);
        Assert.Contains("Quiet hours: 21:00-08:00", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nudges_ReplannedTwice_SameRowsNoDuplicates()
    {
        await using var bot = await StartAsync();
        var before = await bot.NudgesAsync();

        await bot.SayAsync("ann", "/nudges on");
        await bot.SayAsync("ann", "/timezone Europe/Berlin");
        await bot.SayAsync("ann", "/edit 1 role Staff Engineer");
        var after = await bot.NudgesAsync();

        Assert.Equal(before.Select(row => (row.Id, row.Rule, row.DueAt, row.Status)), after.Select(row => (row.Id, row.Rule, row.DueAt, row.Status)));
    }

    [Fact]
    public async Task Nudges_OffThenOn_CancelledThenPlannedAgain()
    {
        await using var bot = await StartAsync();

        await bot.SayAsync("ann", "/nudges off");
        var off = await bot.NudgesAsync();
        var listed = await bot.TextAsync("ann", "/nudges");
        await bot.SayAsync("ann", "/nudges on");
        var on = await bot.NudgesAsync();

        Assert.All(off, row => Assert.Equal("cancelled", row.Status));
        Assert.Contains("Your reminders are off.", listed, StringComparison.Ordinal);
        Assert.All(on, row => Assert.Equal("planned", row.Status));
        Assert.Equal(off.Select(row => row.Id), on.Select(row => row.Id));
    }

    [Fact]
    public async Task Nudges_StopOneInterview_OnlyItsNudgesCancelled()
    {
        await using var bot = await StartAsync();
        await bot.SayAsync("ann", "/interview Globex | Analyst | Lee | today 12:00 | email");

        var text = await bot.TextAsync("ann", "/nudges stop 1");
        var list = await bot.TextAsync("ann", "/nudges");

        Assert.Contains("no more reminders for #1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("#1 Acme", list, StringComparison.Ordinal);
        Assert.Contains("#2 Globex", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nudges_StartOneInterviewAfterStop_ItsRemindersComeBack()
    {
        await using var bot = await StartAsync();
        await bot.SayAsync("ann", "/nudges stop 1");

        var text = await bot.TextAsync("ann", "/nudges start 1");
        var list = await bot.TextAsync("ann", "/nudges");

        Assert.Contains("Reminders for #1 are back on.", text, StringComparison.Ordinal);
        Assert.Contains("Mon 23 Nov 15:00  #1 Acme: Thank-you note", list, StringComparison.Ordinal);
        Assert.Contains("Mon 30 Nov 09:00  #1 Acme: Check-in after a week", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quiet_Default_RestoresTheDefaultHoursAndMovesNudgesBack()
    {
        await using var bot = await StartAsync();
        await bot.SayAsync("ann", "/quiet 22:00-09:30");

        var set = await bot.TextAsync("ann", "/quiet default");
        var shown = await bot.TextAsync("ann", "/quiet");
        var list = await bot.TextAsync("ann", "/nudges");

        Assert.Contains("Quiet hours set to 21:00-08:00", set, StringComparison.Ordinal);
        Assert.Contains("Your quiet hours are 21:00-08:00", shown, StringComparison.Ordinal);
        Assert.Contains("Tue 24 Nov 08:00  #1 Acme: Thank-you note, last call", list, StringComparison.Ordinal);
        Assert.Contains("Mon 30 Nov 09:00  #1 Acme: Check-in after a week", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quiet_Changed_MovesNudgesAndShowsTheSetting()
    {
        await using var bot = await StartAsync();

        var set = await bot.TextAsync("ann", "/quiet 22:00-09:30");
        var shown = await bot.TextAsync("ann", "/quiet");
        var list = await bot.TextAsync("ann", "/nudges");

        Assert.Contains("Quiet hours set to 22:00-09:30", set, StringComparison.Ordinal);
        Assert.Contains("Your quiet hours are 22:00-09:30", shown, StringComparison.Ordinal);
        Assert.Contains("Tue 24 Nov 09:30  #1 Acme: Thank-you note, last call", list, StringComparison.Ordinal);
        Assert.Contains("Mon 30 Nov 09:30  #1 Acme: Check-in after a week", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quiet_Invalid_Explains()
    {
        await using var bot = await StartAsync();

        var text = await bot.TextAsync("ann", "/quiet late");

        Assert.Contains("such as /quiet 22:00-07:30", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Snooze_ChoicesBoundedByExpiry_AndPastExpiryRefused()
    {
        await using var bot = await StartAsync();

        // The last call is due Tue 08:00 local and expires at 12:00 local; sent late at 10:30 local, only "1 hour" still fits.
        await bot.RunAtAsync(new DateTimeOffset(2026, 11, 24, 9, 30, 0, TimeSpan.Zero));
        var lastCall = bot.Messenger.Sent.Select(sent => sent.Reply).Single(reply => reply.Text.Contains("Your thank-you window", StringComparison.Ordinal));
        var labels = lastCall.Buttons.SelectMany(row => row).Select(button => button.Label).ToList();
        var id = (await bot.NudgesAsync()).Single(row => row.Rule == "thankyou_last_call").Id;
        var refused = await bot.TextAsync("ann", $"/nudges snooze {id} 180");
        var snoozed = await bot.TextAsync("ann", $"/nudges snooze {id} 60");
        var row = (await bot.NudgesAsync()).Single(nudge => nudge.Id == id);

        Assert.Equal(["I sent it", "1 hour", "Stop reminders for #1"], labels);
        Assert.Contains("after this reminder stops mattering (today 12:00)", refused, StringComparison.Ordinal);
        Assert.Contains("Snoozed: I'll remind you again today 11:30.", snoozed, StringComparison.Ordinal);
        Assert.Equal(("planned", new DateTimeOffset(2026, 11, 24, 10, 30, 0, TimeSpan.Zero)), (row.Status, row.Due));
    }

    [Fact]
    public async Task Snooze_SentAgainAtTheNewTimeAndReplanningKeepsIt()
    {
        await using var bot = await StartAsync();
        var due = new DateTimeOffset(2026, 11, 23, 14, 0, 0, TimeSpan.Zero);
        await bot.RunAtAsync(due);
        var id = (await bot.NudgesAsync()).Single(row => row.Rule == "thankyou_soon").Id;

        await bot.SayAsync("ann", $"/nudges snooze {id} 60");
        await bot.SayAsync("ann", "/nudges on");
        await bot.RunAtAsync(due.AddMinutes(60) - TimeSpan.FromTicks(1));
        var beforeSnoozeEnds = bot.Messenger.Sent.Count;
        await bot.RunAtAsync(due.AddMinutes(60));

        Assert.Equal(1, beforeSnoozeEnds);
        Assert.Equal(2, bot.Messenger.Sent.Count);
    }

    [Fact]
    public async Task Snooze_AfterStoppingTheInterviewsReminders_IsRefusedAndNothingComesBack()
    {
        await using var bot = await StartAsync();
        var due = new DateTimeOffset(2026, 11, 23, 14, 0, 0, TimeSpan.Zero);
        await bot.RunAtAsync(due);
        var id = (await bot.NudgesAsync()).Single(row => row.Rule == "thankyou_soon").Id;
        await bot.SayAsync("ann", "/nudges stop 1");

        var text = await bot.TextAsync("ann", $"/nudges snooze {id} 60");
        await bot.RunAtAsync(due.AddMinutes(61));

        Assert.Contains("Reminders are off for #1", text, StringComparison.Ordinal);
        Assert.Single(bot.Messenger.Sent);
    }

    [Fact]
    public async Task Snooze_OtherUsersNudge_NotFound()
    {
        await using var bot = await StartAsync();
        var id = (await bot.NudgesAsync())[0].Id;

        var text = await bot.TextAsync("mallory", $"/nudges snooze {id} 60");

        Assert.Contains("no longer active", text, StringComparison.Ordinal);
        Assert.Equal("planned", (await bot.NudgesAsync())[0].Status);
    }

    [Fact]
    public async Task Delete_Interview_RemovesItsNudges()
    {
        await using var bot = await StartAsync();

        await bot.SayAsync("ann", "/delete 1");
        await bot.SayAsync("ann", "yes");

        Assert.Empty(await bot.NudgesAsync());
    }

    [Fact]
    public async Task Export_Sends_ValidJsonAndAnIcsThatParsesBack()
    {
        await using var bot = await StartAsync();

        var replies = await bot.SayAsync("ann", "/export");

        Assert.Equal(2, replies.Count);
        var json = replies[0].Document!;
        var ics = replies[1].Document!;
        Assert.Equal(("interviewcoachbot-data.json", "application/json"), (json.FileName, json.MediaType));
        using var document = JsonDocument.Parse(json.Content);
        var root = document.RootElement;
        Assert.Equal("Europe/Berlin", root.GetProperty("user").GetProperty("timeZone").GetString());
        Assert.Equal("21:00-08:00", root.GetProperty("user").GetProperty("quietHours").GetString());
        var interview = root.GetProperty("interviews")[0];
        Assert.Equal("Acme", interview.GetProperty("company").GetString());
        Assert.Equal(JsonValueKind.Null, interview.GetProperty("thankYouSentAt").ValueKind);
        Assert.Equal(JsonValueKind.Array, interview.GetProperty("checklists").GetProperty("thankyou").ValueKind);
        Assert.Equal(4, root.GetProperty("upcomingReminders").GetArrayLength());

        Assert.Equal("text/calendar", ics.MediaType);
        var calendar = Ical.Net.Calendar.Load(Encoding.UTF8.GetString(ics.Content))!;
        Assert.Equal(["Thank-you note due: Acme"], calendar.Events.Select(item => item.Summary)); // the interview itself is over
        Assert.Equal(new DateTime(2026, 11, 24, 11, 0, 0, DateTimeKind.Utc), calendar.Events[0]!.Start!.AsUtc);
    }

    [Fact]
    public async Task Export_AfterTheThankYouWindow_HasNothingLeftAhead()
    {
        await using var bot = await StartAsync();
        bot.Time.Advance(TimeSpan.FromDays(2));

        var replies = await bot.SayAsync("ann", "/export");

        var calendar = Ical.Net.Calendar.Load(Encoding.UTF8.GetString(replies[1].Document!.Content))!;
        Assert.Empty(calendar.Events);
    }

    [Fact]
    public void Read_UnknownAnchor_NamesFileAndLine()
    {
        var yaml = File.ReadAllText(Path.Combine(RepositoryPaths.Content, NudgeContent.FileName)).Replace("anchor: call\n", "anchor: phone_call\n", StringComparison.Ordinal);

        var error = Assert.Throws<ContentException>(() => NudgeContent.Read(yaml));

        Assert.Equal(NudgeContent.FileName, error.File);
        Assert.Contains("unknown anchor 'phone_call'", error.Problem, StringComparison.Ordinal);
        Assert.Equal(yaml.Split('\n').ToList().FindIndex(line => line.Contains("phone_call", StringComparison.Ordinal)) + 1, error.Line);
    }

    [Fact]
    public void Read_BothAfterAndDay_Refused()
    {
        var yaml = File.ReadAllText(Path.Combine(RepositoryPaths.Content, NudgeContent.FileName)).Replace("    after: 3h\n    expires_at", "    after: 3h\n    day: 1\n    expires_at", StringComparison.Ordinal);

        var error = Assert.Throws<ContentException>(() => NudgeContent.Read(yaml));

        Assert.Contains("exactly one of after, before, or day", error.Problem, StringComparison.Ordinal);
    }

    private static async Task<NudgeHarness> StartAsync()
    {
        var bot = NudgeHarness.Start(Start);
        await bot.SayAsync("ann", "/timezone Europe/Berlin");
        await bot.SayAsync("ann", "/interview Acme | Engineer | Dana | today 12:00 | email");
        return bot;
    }
}
