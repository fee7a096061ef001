using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Ports;

namespace InterviewCoachBot.Engine.Tests.Nudges;

/// <summary>
/// The dispatcher on the real engine and SQLite with a fake clock. Ann (Europe/Berlin, UTC+1) logs an interview held at
/// 12:00 local on Mon 23 Nov 2026: "thankyou_soon" falls due at 15:00 local (14:00 UTC) and expires at the deadline,
/// Tue 12:00 local (11:00 UTC).
/// </summary>
public sealed class NudgeDispatcherTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 11, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset SoonDue = new(2026, 11, 23, 14, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Deadline = new(2026, 11, 24, 11, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task RunOnce_OneTickBeforeDue_SendsNothingThenSendsAtDue()
    {
        await using var bot = await StartWithInterviewAsync();

        await bot.RunAtAsync(SoonDue - TimeSpan.FromTicks(1));
        var before = bot.Messenger.Sent.Count;
        await bot.RunAtAsync(SoonDue);

        Assert.Equal(0, before);
        var (user, reply) = Assert.Single(bot.Messenger.Sent);
        Assert.Equal("ann", user);
        Assert.StartsWith("How did it go with Acme?", reply.Text, StringComparison.Ordinal);
        Assert.Contains("closes tomorrow 12:00", reply.Text, StringComparison.Ordinal);
        Assert.Equal("sent", (await bot.NudgesAsync()).Single(row => row.Rule == "thankyou_soon").Status);
    }

    [Fact]
    public async Task RunOnce_Sent_HasDoneSnoozeAndStopButtons()
    {
        await using var bot = await StartWithInterviewAsync();

        await bot.RunAtAsync(SoonDue);

        var reply = Assert.Single(bot.Messenger.Sent).Reply;
        var buttons = reply.Buttons.SelectMany(row => row).ToList();
        Assert.Equal(["I sent it", "1 hour", "3 hours", "Tomorrow morning", "Stop reminders for #1"], buttons.Select(button => button.Label));
        Assert.Equal(ButtonData.Command("thankyou 1 sent"), buttons[0].Data);
        Assert.Equal(ButtonData.Command("nudges stop 1"), buttons[^1].Data);
    }

    [Fact]
    public async Task RunOnce_AfterDowntimeBeforeExpiry_SentLateAndMarked()
    {
        await using var bot = await StartWithInterviewAsync();

        await bot.RunAtAsync(SoonDue.AddHours(5));

        var reply = Assert.Single(bot.Messenger.Sent).Reply;
        Assert.StartsWith("(late: I was offline when this was due) How did it go", reply.Text, StringComparison.Ordinal);
        Assert.Equal(1, (await bot.NudgesAsync()).Single(row => row.Rule == "thankyou_soon").Late);
    }

    [Fact]
    public async Task RunOnce_AfterDowntimeIntoQuietHours_HeldUntilTheyEnd()
    {
        await using var bot = await StartWithInterviewAsync();

        // 23:00 in Berlin is inside the default quiet hours (21:00-08:00): the overdue nudge waits for 08:00.
        await bot.RunAtAsync(new DateTimeOffset(2026, 11, 23, 22, 0, 0, TimeSpan.Zero));
        var atNight = bot.Messenger.Sent.Count;
        await bot.RunAtAsync(new DateTimeOffset(2026, 11, 24, 7, 0, 0, TimeSpan.Zero) - TimeSpan.FromTicks(1));
        var justBefore = bot.Messenger.Sent.Count;
        await bot.RunAtAsync(new DateTimeOffset(2026, 11, 24, 7, 0, 0, TimeSpan.Zero));

        Assert.Equal(0, atNight);
        Assert.Equal(0, justBefore);
        Assert.Contains(bot.Messenger.Sent, sent => sent.Reply.Text.StartsWith("(late: I was offline when this was due) How did it go", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunOnce_AfterDowntimePastExpiry_SkippedNotSent()
    {
        await using var bot = await StartWithInterviewAsync();

        await bot.RunAtAsync(Deadline.AddMinutes(1));

        Assert.Empty(bot.Messenger.Sent);
        var rows = await bot.NudgesAsync();
        Assert.Equal("skipped", rows.Single(row => row.Rule == "thankyou_soon").Status);
        Assert.Equal("skipped", rows.Single(row => row.Rule == "thankyou_last_call").Status);
        Assert.Equal("planned", rows.Single(row => row.Rule == "checkin_week").Status);
    }

    [Fact]
    public async Task RunOnce_ForgedCrashedLeases_OnlyTheExpiredLeaseIsReclaimed()
    {
        await using var bot = await StartWithInterviewAsync();
        var now = new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero); // both thank-you nudges due, neither expired
        await bot.ExecuteAsync("UPDATE nudges SET lease_until = @Past WHERE rule = 'thankyou_soon'", new { Past = Format(now.AddMinutes(-1)) });
        await bot.ExecuteAsync("UPDATE nudges SET lease_until = @Future WHERE rule = 'thankyou_last_call'", new { Future = Format(now.AddSeconds(30)) });

        await bot.RunAtAsync(now);
        var afterFirst = bot.Messenger.Sent.Select(sent => sent.Reply.Text).ToList();
        await bot.RunAtAsync(now.AddSeconds(30));

        Assert.Single(afterFirst);
        Assert.Contains("How did it go", afterFirst[0], StringComparison.Ordinal);
        Assert.Equal(2, bot.Messenger.Sent.Count);
        Assert.All((await bot.NudgesAsync()).Where(row => row.Rule.StartsWith("thankyou", StringComparison.Ordinal)), row => Assert.Equal("sent", row.Status));
    }

    [Fact]
    public async Task RunOnce_TransientFailure_RetriedAfterBackoffNotBefore()
    {
        await using var bot = await StartWithInterviewAsync();
        bot.Messenger.Answer(new SendResult.Failed("503", RetryAfter: TimeSpan.FromMinutes(10)));

        await bot.RunAtAsync(SoonDue);
        var row = (await bot.NudgesAsync()).Single(nudge => nudge.Rule == "thankyou_soon");
        var retryAt = DateTimeOffset.Parse(row.NextAttemptAt!, System.Globalization.CultureInfo.InvariantCulture);
        await bot.RunAtAsync(retryAt - TimeSpan.FromTicks(1));
        var beforeRetry = bot.Messenger.Attempts;
        await bot.RunAtAsync(retryAt);

        Assert.Equal("planned", row.Status);
        Assert.Equal(1, row.Attempts);
        Assert.True(retryAt >= SoonDue.AddMinutes(10), $"retry at {retryAt:O} is earlier than RetryAfter");
        Assert.Equal(1, beforeRetry);
        Assert.Single(bot.Messenger.Sent);
        Assert.Equal(2, bot.Messenger.Attempts);
    }

    [Fact]
    public async Task RunOnce_KeepsFailing_GivesUpAfterMaxAttempts()
    {
        await using var bot = await StartWithInterviewAsync(new Dictionary<string, string?> { ["Nudges:MaxAttempts"] = "3" });
        bot.Messenger.Answer(new SendResult.Failed("a"), new SendResult.Failed("b"), new SendResult.Failed("c"));

        for (var pass = 0; pass < 4; pass++)
        {
            var row = (await bot.NudgesAsync()).Single(nudge => nudge.Rule == "thankyou_soon");
            var at = row.NextAttemptAt is null ? SoonDue : DateTimeOffset.Parse(row.NextAttemptAt, System.Globalization.CultureInfo.InvariantCulture);
            await bot.RunAtAsync(at);
        }

        Assert.Equal(3, bot.Messenger.Attempts);
        Assert.Equal("failed", (await bot.NudgesAsync()).Single(nudge => nudge.Rule == "thankyou_soon").Status);
    }

    [Fact]
    public async Task RunOnce_Refused_EndedAtOnceWithoutRetriesAndTheUsersOtherNudgesStayPlanned()
    {
        await using var bot = await StartWithInterviewAsync();
        bot.Messenger.Answer(new SendResult.Refused("400 message text is empty"));

        await bot.RunAtAsync(SoonDue);
        var row = (await bot.NudgesAsync()).Single(nudge => nudge.Rule == "thankyou_soon");
        await bot.RunAtAsync(SoonDue.AddHours(2));

        Assert.Equal("failed", row.Status);
        Assert.Equal(1, bot.Messenger.Attempts);
        Assert.Contains(await bot.NudgesAsync(), nudge => nudge.Rule != "thankyou_soon" && nudge.Status == "planned");
    }

    [Fact]
    public async Task RunOnce_Unreachable_StopsThatUsersNudgesAndTellsThemAtTheirNextMessage()
    {
        await using var bot = await StartWithInterviewAsync();
        await bot.SayAsync("bob", "/timezone Europe/Berlin");
        await bot.SayAsync("bob", "/interview Globex | Analyst | Lee | today 12:00 | email");
        bot.Messenger.Answer(new SendResult.Unreachable("blocked"));

        await bot.RunAtAsync(SoonDue);
        var afterBlock = await bot.NudgesAsync();
        var next = await bot.TextAsync("ann", "/interviews");
        var afterReturn = await bot.NudgesAsync();

        // Ann's send failed as unreachable: all her nudges cancelled; Bob's went out.
        Assert.Equal(["bob"], bot.Messenger.Sent.Select(sent => sent.User));
        Assert.Contains("I couldn't reach you for reminders", next, StringComparison.Ordinal);
        Assert.Contains("they're back on now", next, StringComparison.Ordinal);
        Assert.Equal(4, afterBlock.Count(row => row.Status == "cancelled"));
        Assert.Equal(6, afterReturn.Count(row => row.Status == "planned" && row.Due > SoonDue)); // Ann's three again, and Bob's
    }

    [Fact]
    public async Task RunOnce_StepDoneWithoutReplanning_CancelledByTheRecheckInsteadOfSent()
    {
        await using var bot = await StartWithInterviewAsync();
        await using (var transaction = await bot.Store.BeginAsync(TestContext.Current.CancellationToken))
        {
            var user = (await transaction.Users.FindAsync(new UserRef(ChatUser.Platform, "ann"), TestContext.Current.CancellationToken))!;
            var interview = (await transaction.Interviews.GetAsync(user.Id, 1, TestContext.Current.CancellationToken))!;
            await transaction.Interviews.UpdateAsync(user.Id, interview with { ThankYouSentAt = SoonDue.AddMinutes(-5) }, TestContext.Current.CancellationToken);
            await transaction.CommitAsync(TestContext.Current.CancellationToken);
        }

        await bot.RunAtAsync(SoonDue);

        Assert.Empty(bot.Messenger.Sent);
        Assert.Equal("cancelled", (await bot.NudgesAsync()).Single(row => row.Rule == "thankyou_soon").Status);
    }

    [Fact]
    public async Task DoneButton_ThankYouMarkedSent_ThankYouNudgesCancelled()
    {
        await using var bot = await StartWithInterviewAsync();
        await bot.RunAtAsync(SoonDue);
        var done = bot.Messenger.Sent.Single().Reply.Buttons[0][0];

        await bot.PressAsync("ann", done.Data);

        var rows = await bot.NudgesAsync();
        Assert.Equal("sent", rows.Single(row => row.Rule == "thankyou_soon").Status);
        Assert.Equal("cancelled", rows.Single(row => row.Rule == "thankyou_last_call").Status);
    }

    [Fact]
    public async Task RunOnce_LaterThanDueButWithinLateAfter_SentWithoutTheLateMark()
    {
        await using var bot = await StartWithInterviewAsync(new Dictionary<string, string?> { ["Nudges:LateAfter"] = "00:10:00" });

        await bot.RunAtAsync(SoonDue.AddMinutes(10));

        Assert.StartsWith("How did it go with Acme?", Assert.Single(bot.Messenger.Sent).Reply.Text, StringComparison.Ordinal);
        Assert.Equal(0, (await bot.NudgesAsync()).Single(row => row.Rule == "thankyou_soon").Late);
    }

    [Fact]
    public async Task RunOnce_JustPastLateAfter_SentMarkedLate()
    {
        await using var bot = await StartWithInterviewAsync(new Dictionary<string, string?> { ["Nudges:LateAfter"] = "00:10:00" });

        await bot.RunAtAsync(SoonDue.AddMinutes(10).AddTicks(1));

        Assert.StartsWith("(late: I was offline when this was due)", Assert.Single(bot.Messenger.Sent).Reply.Text, StringComparison.Ordinal);
        Assert.Equal(1, (await bot.NudgesAsync()).Single(row => row.Rule == "thankyou_soon").Late);
    }

    [Fact]
    public async Task RunOnce_MoreDueThanBatchSize_ClaimsBatchSizeAtATimeAndSendsAllInOnePass()
    {
        await using var bot = await StartWithInterviewAsync(new Dictionary<string, string?> { ["Nudges:BatchSize"] = "2" });
        foreach (var user in new[] { "bob", "cy", "dee", "eve" })
        {
            await bot.SayAsync(user, "/timezone Europe/Berlin");
            await bot.SayAsync(user, "/interview Acme | Engineer | Dana | today 12:00 | email");
        }

        var claimedDuringSends = new List<int>();
        bot.Messenger.DuringSend = async () => claimedDuringSends.Add((await bot.NudgesAsync()).Count(row => row.Status == "planned" && row.LeaseUntil is not null));
        await bot.RunAtAsync(SoonDue);

        Assert.Equal(["ann", "bob", "cy", "dee", "eve"], bot.Messenger.Sent.Select(sent => sent.User).Order(StringComparer.Ordinal));
        Assert.Equal([2, 1, 2, 1, 1], claimedDuringSends);
    }

    [Fact]
    public async Task ExecuteAsync_SleepsUntilTheNextNudgeAndIsWokenByANewOne()
    {
        await using var bot = NudgeHarness.Start(Start);
        await bot.SayAsync("ann", "/timezone Europe/Berlin");
        var firstSleep = bot.Signal.NextSleepAsync();
        await bot.Dispatcher.StartAsync(TestContext.Current.CancellationToken);
        Assert.Equal(TimeSpan.FromMinutes(5), await firstSleep.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken));

        var woken = bot.Signal.NextSleepAsync();
        await bot.SayAsync("ann", "/interview Acme | Engineer | Dana | today 12:00 | email");
        var sleep = await woken.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        var sent = bot.Messenger.NextSendAsync();
        var sleeps = new List<TimeSpan> { sleep };
        while (!sent.IsCompleted)
        {
            // Each sleep is capped at MaxSleep (5 minutes); the clock moves only by what the dispatcher asked to sleep.
            var next = bot.Signal.NextSleepAsync();
            bot.Time.Advance(sleep);
            await Task.WhenAny(sent, next).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
            sleep = next.IsCompleted ? await next : TimeSpan.Zero;
            sleeps.Add(sleep);
        }

        var reply = await sent;
        await bot.Dispatcher.StopAsync(TestContext.Current.CancellationToken);

        Assert.All(sleeps, span => Assert.InRange(span, TimeSpan.Zero, TimeSpan.FromMinutes(5)));
        Assert.StartsWith("How did it go with Acme?", reply.Text, StringComparison.Ordinal);
        Assert.Equal(SoonDue, bot.Time.GetUtcNow());
    }

    private static async Task<NudgeHarness> StartWithInterviewAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var bot = NudgeHarness.Start(Start, settings);
        await bot.SayAsync("ann", "/timezone Europe/Berlin");
        var saved = await bot.TextAsync("ann", "/interview Acme | Engineer | Dana | today 12:00 | email");
        Assert.Contains("Saved interview #1.", saved, StringComparison.Ordinal);
        return bot;
    }

    private static string Format(DateTimeOffset instant) => instant.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture);
}
