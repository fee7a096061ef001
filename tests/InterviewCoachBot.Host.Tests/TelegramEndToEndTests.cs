using System.Diagnostics;
using System.Globalization;
using InterviewCoachBot.Adapters.Telegram.Tests;
using InterviewCoachBot.Emulators.Telegram;
using Microsoft.Data.Sqlite;

namespace InterviewCoachBot.Host.Tests;

/// <summary>The built bot as a real process talking to the loopback Telegram emulator, as it would talk to Telegram.</summary>
public sealed class TelegramEndToEndTests
{
    private const string Token = "987654:E2E-secret_token-never-printed";
    private const long Candidate = 5150;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Run_CandidateWalkthroughThenKill9MidConversation_NothingLostNothingAppliedTwice()
    {
        using var folder = new TemporaryFolder();
        var serverClock = new TimerProbe(TimeProvider.System);
        await using var telegram = await TelegramEmulator.StartAsync(new TelegramEmulatorOptions { BotToken = Token, TimeProvider = serverClock }, Ct);
        var chat = new TelegramChat(telegram, Candidate);

        await using (var bot = StartBot(telegram, folder))
        {
            var started = Stopwatch.StartNew();
            await telegram.WaitForLongPollAsync(TelegramChat.Wait);
            TestContext.Current.TestOutputHelper?.WriteLine($"process start to first long poll: {started.ElapsedMilliseconds} ms");

            var help = await chat.SayAsync("/start", m => m.InlineKeyboard.Count > 0);
            Assert.StartsWith("I coach you through", help.PlainText, StringComparison.Ordinal);
            var company = await chat.PressAsync(help, "Add an interview");
            Assert.Contains("Which company", company.PlainText, StringComparison.Ordinal);
            await chat.SayAsync("Acme Corp");
            await chat.SayAsync("Backend Engineer");
            await chat.SayAsync("Dana Levi");
            var channel = await chat.SayAsync("2 hours ago", m => m.InlineKeyboard.Count > 0);
            var saved = await chat.PressAsync(channel, "Email", m => m.PlainText!.StartsWith("Saved", StringComparison.Ordinal));
            Assert.StartsWith("Saved interview #1.", saved.PlainText, StringComparison.Ordinal);
            var list = await chat.SayAsync("/interviews", IsList);
            Assert.Contains("#1 Acme Corp: Backend Engineer", list.PlainText, StringComparison.Ordinal);

            // The coaching flows (thank-you note, checklist, a due nudge) are walked through in
            // Run_CoachingWalkthrough_ThankYouButtonsChecklistEditNudgeAndForget, on content with fast reminders.

            // Mid-conversation: a burst of messages, and the process is killed while it works through them. The server holds
            // the reply to the first, so the kill lands with the first applied (its reply still in the outbox) and the
            // other two not yet (the bot handles one message after the other).
            var held = TimeSpan.FromMinutes(10);
            telegram.FailNext("sendMessage", TelegramFault.Delay(held));
            telegram.SendText(Candidate, "/interview Globex | QA Engineer | Sam Hill | 3 hours ago | phone");
            telegram.SendText(Candidate, "/interview Initech | Data Analyst | Bill Lumbergh | 4 hours ago | video");
            telegram.SendText(Candidate, "/interview Hooli | SRE | Gavin Belson | 5 hours ago | email");
            await serverClock.WaitForTimerAsync(due => due == held, TelegramChat.Wait);
            Process.GetProcessById(bot.Id).Kill();
            await bot.WaitForExitAsync(Ct);
        }

        Assert.Equal(["Acme Corp", "Globex"], await CompaniesAsync(folder));
        Assert.DoesNotContain(chat.Texts, text => text.StartsWith("Saved interview #2.", StringComparison.Ordinal));

        await using (var bot = StartBot(telegram, folder))
        {
            await telegram.WaitForLongPollAsync(TelegramChat.Wait);
            var list = await chat.SayAsync("/interviews", m => IsList(m) && m.PlainText!.Contains("#4", StringComparison.Ordinal));

            foreach (var expected in new[] { "#1 Acme Corp:", "#2 Globex:", "#3 Initech:", "#4 Hooli:" })
            {
                Assert.Contains(expected, list.PlainText, StringComparison.Ordinal);
            }

            Assert.DoesNotContain("#5", list.PlainText, StringComparison.Ordinal);
            foreach (var number in new[] { 2, 3, 4 })
            {
                // A reply left by the kill may come after the list: its chat's turns run first, then the next poll resends it.
                await telegram.WaitForMessageAsync(Candidate, m => m.PlainText!.StartsWith($"Saved interview #{number}.", StringComparison.Ordinal), TelegramChat.Wait);
                Assert.Single(chat.Texts, text => text.StartsWith($"Saved interview #{number}.", StringComparison.Ordinal));
            }

            var question = await chat.SayAsync("/forget", m => m.InlineKeyboard.Count > 0 && m.PlainText!.Contains("delete", StringComparison.OrdinalIgnoreCase));
            var done = await chat.PressAsync(question, "Yes", m => m.PlainText!.StartsWith("Done", StringComparison.Ordinal));
            Assert.StartsWith("Done: I deleted", done.PlainText, StringComparison.Ordinal);
            var empty = await chat.SayAsync("/interviews", m => m.PlainText!.StartsWith("You haven't", StringComparison.Ordinal));
            Assert.StartsWith("You haven't added an interview yet.", empty.PlainText, StringComparison.Ordinal);

            // The last update is confirmed only by the next poll (offset); once that poll is parked nothing is pending.
            await telegram.WaitForLongPollAsync(TelegramChat.Wait);
        }

        Assert.All(telegram.DeleteWebhookCalls, call => Assert.False(call.DropPendingUpdates));
        Assert.Equal(0, telegram.PendingUpdateCount);
        var redelivered = telegram.DeliveredUpdateIds.GroupBy(id => id).Count(group => group.Count() > 1);
        TestContext.Current.TestOutputHelper?.WriteLine($"updates delivered again after kill -9: {redelivered}");
    }

    [Fact]
    public async Task Run_CoachingWalkthrough_ThankYouButtonsChecklistEditNudgeAndForget()
    {
        using var folder = new TemporaryFolder();
        var content = TelegramCoachingContent.Create(folder.Path);
        await using var telegram = await TelegramEmulator.StartAsync(Token, Ct);
        var chat = new TelegramChat(telegram, Candidate);
        var clock = Stopwatch.StartNew();
        await using var bot = StartBot(telegram, folder, content);
        await telegram.WaitForLongPollAsync(TelegramChat.Wait);

        // Quiet hours would hold the reminder back when the test runs at night (UTC).
        await chat.SayAsync("/quiet off", m => m.PlainText!.Contains("quiet", StringComparison.OrdinalIgnoreCase));

        // An interview held a little earlier: saved, and the thank-you guidance comes with its buttons.
        var guidance = await chat.SayAsync(
            "/interview Acme Corp | Backend Engineer | Dana Levi | 2 hours ago | email",
            m => m.PlainText!.StartsWith("Thank-you note for #1", StringComparison.Ordinal));
        Assert.Contains(chat.Texts, text => text.StartsWith("Saved interview #1.", StringComparison.Ordinal));
        Assert.Contains("Send a short thank-you note to Acme Corp by", guidance.PlainText, StringComparison.Ordinal);
        Assert.Contains("What to include (0/7 done)", guidance.PlainText, StringComparison.Ordinal);
        Assert.Equal(["Write a draft", "Mark as sent", "Tick the checklist"], Labels(guidance));
        var planned = await chat.SayAsync("/nudges", m => m.PlainText!.StartsWith("Your upcoming reminders", StringComparison.Ordinal));
        Assert.Contains("#1 Acme Corp: Thank-you note", planned.PlainText, StringComparison.Ordinal);

        // The draft: a button starts it, the answers are free text with HTML specials that must arrive literally.
        const string topic = "the <b>billing</b> platform & its Q&A";
        const string point = "I led two migrations <i>end to end</i> & kept p99 < 200 ms";
        var askTopic = await chat.PressAsync(guidance, "Write a draft", m => m.PlainText!.StartsWith("Let's draft", StringComparison.Ordinal));
        Assert.Contains("Acme Corp", askTopic.PlainText, StringComparison.Ordinal);
        var askPoint = await chat.SayAsync(topic, m => m.PlainText!.Contains("point", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(askPoint.InlineKeyboard);
        var draft = await chat.SayAsync(point, m => m.PlainText!.StartsWith("Here's a draft", StringComparison.Ordinal));
        Assert.StartsWith("Here's a draft (email).", draft.PlainText, StringComparison.Ordinal);
        Assert.Contains("Subject: Thank you for the Backend Engineer interview", draft.PlainText, StringComparison.Ordinal);
        Assert.Contains("Dear Dana Levi,", draft.PlainText, StringComparison.Ordinal);
        Assert.Contains(topic, draft.PlainText, StringComparison.Ordinal);
        Assert.Contains(point, draft.PlainText, StringComparison.Ordinal);
        Assert.Contains("the &lt;b&gt;billing&lt;/b&gt; platform &amp; its Q&amp;A", draft.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", draft.Text, StringComparison.Ordinal);
        Assert.Equal(["Mark as sent", "Write another"], Labels(draft));

        var sent = await chat.PressAsync(draft, "Mark as sent", m => m.PlainText!.Contains("marked your thank-you note as sent", StringComparison.Ordinal));
        Assert.StartsWith("Thank-you note for #1 Acme Corp (Backend Engineer)", sent.PlainText, StringComparison.Ordinal);
        var afterSent = await chat.SayAsync("/nudges", m => m.PlainText!.StartsWith("No reminders are planned", StringComparison.Ordinal));
        Assert.DoesNotContain("Thank-you note", afterSent.PlainText, StringComparison.Ordinal);

        // The checklist: pressing an item edits the same message in place instead of sending a new one.
        var checklist = await chat.SayAsync("/checklist 1 thankyou", m => m.PlainText!.StartsWith("Thank-you note checklist for #1", StringComparison.Ordinal));
        Assert.Contains("0/7 done", checklist.PlainText, StringComparison.Ordinal);
        Assert.Equal(7, checklist.InlineKeyboard.Count);
        var messagesBefore = chat.Messages.Count;
        var edits = telegram.Requests.Count(r => r.Method == "editMessageText");
        var lastRequest = telegram.Requests.Max(r => r.Sequence);
        telegram.PressButton(Candidate, checklist.MessageId, checklist.InlineKeyboard[0][0].CallbackData!);
        var ticked = await telegram.WaitForMessageAsync(Candidate, m => m.MessageId == checklist.MessageId && m.Version > checklist.Version, TelegramChat.Wait);

        // The edit shows before the emulator logs its request (as on Telegram, where a client sees it before the reply).
        await telegram.WaitForRequestAsync(r => r.Sequence > lastRequest && r.Method == "editMessageText", TelegramChat.Wait);
        Assert.Contains("1/7 done", ticked.PlainText, StringComparison.Ordinal);
        Assert.Contains("[x] 1. Thank them for the time", ticked.PlainText, StringComparison.Ordinal);
        Assert.StartsWith("[x] 1.", ticked.InlineKeyboard[0][0].Text, StringComparison.Ordinal);
        Assert.Equal(messagesBefore, chat.Messages.Count);
        Assert.Equal(edits + 1, telegram.Requests.Count(r => r.Method == "editMessageText"));

        // A nudge: a call in two hours has a reminder due a few seconds after it is scheduled.
        var askWhen = await chat.SayAsync("/call 1 schedule", m => m.PlainText!.StartsWith("When is your", StringComparison.Ordinal));
        Assert.Contains("follow-up call", askWhen.PlainText, StringComparison.Ordinal);
        await chat.SayAsync(TelegramCoachingContent.CallIn, m => m.PlainText!.StartsWith("Who will you talk to?", StringComparison.Ordinal));
        var scheduledAt = chat.LastId();
        telegram.SendText(Candidate, "Sam Ortiz, recruiter");
        var nudge = await telegram.WaitForMessageAsync(
            Candidate,
            m => m.MessageId > scheduledAt && m.PlainText!.StartsWith(TelegramCoachingContent.ReminderText, StringComparison.Ordinal),
            TimeSpan.FromSeconds(60));
        Assert.Contains("your call with Sam Ortiz, recruiter from Acme Corp starts", nudge.PlainText, StringComparison.Ordinal);
        Assert.Equal(["My prep sheet", "10 minutes", "1 hour", "Stop reminders for #1"], Labels(nudge));
        Assert.Equal(3, nudge.InlineKeyboard.Count);
        var upcoming = await chat.SayAsync("/nudges", m => m.PlainText!.StartsWith("Your upcoming reminders", StringComparison.Ordinal));
        Assert.Contains("#1 Acme Corp: Call preparation", upcoming.PlainText, StringComparison.Ordinal);

        var stopped = await chat.PressAsync(nudge, "Stop reminders", m => m.PlainText!.StartsWith("Done: no more reminders for #1", StringComparison.Ordinal));
        Assert.Contains("/nudges start 1", stopped.PlainText, StringComparison.Ordinal);
        var none = await chat.SayAsync("/nudges", m => m.PlainText!.StartsWith("No reminders are planned", StringComparison.Ordinal));
        Assert.DoesNotContain("Call preparation", none.PlainText, StringComparison.Ordinal);

        // Forget: a confirmation button, then nothing is left.
        var question = await chat.SayAsync("/forget", m => m.InlineKeyboard.Count > 0 && m.PlainText!.Contains("delete", StringComparison.OrdinalIgnoreCase));
        var done = await chat.PressAsync(question, "Yes", m => m.PlainText!.StartsWith("Done", StringComparison.Ordinal));
        Assert.StartsWith("Done: I deleted", done.PlainText, StringComparison.Ordinal);
        var empty = await chat.SayAsync("/interviews", m => m.PlainText!.StartsWith("You haven't", StringComparison.Ordinal));
        Assert.StartsWith("You haven't added an interview yet.", empty.PlainText, StringComparison.Ordinal);

        // The last update is confirmed only by the next poll (offset); once that poll is parked nothing is pending.
        await telegram.WaitForLongPollAsync(TelegramChat.Wait);
        Assert.Equal(0, telegram.PendingUpdateCount);
        Assert.All(telegram.MessagesTo(Candidate), m => Assert.Equal("Html", m.ParseMode, ignoreCase: true));
        TestContext.Current.TestOutputHelper?.WriteLine($"coaching walkthrough: {clock.ElapsedMilliseconds} ms, {chat.Messages.Count} bot messages");
    }

    [Fact]
    public async Task Nudge_Refused403_RemindersPausedUntilSheWritesAndHerNextMessageSaysSo()
    {
        using var folder = new TemporaryFolder();
        var content = TelegramCoachingContent.Create(folder.Path);
        await using var telegram = await TelegramEmulator.StartAsync(Token, Ct);
        var chat = new TelegramChat(telegram, Candidate);
        await using var bot = StartBot(telegram, folder, content);
        await telegram.WaitForLongPollAsync(TelegramChat.Wait);
        await chat.SayAsync("/quiet off", m => m.PlainText!.Contains("quiet", StringComparison.OrdinalIgnoreCase));
        await chat.SayAsync("/interview Acme Corp | Backend Engineer | Dana Levi | 2 hours ago | email", m => m.PlainText!.StartsWith("Thank-you note for #1", StringComparison.Ordinal));
        await chat.SayAsync("/call 1 schedule", m => m.PlainText!.StartsWith("When is your", StringComparison.Ordinal));
        await chat.SayAsync(TelegramCoachingContent.CallIn, m => m.PlainText!.StartsWith("Who will you talk to?", StringComparison.Ordinal));

        // She blocks the bot right after her last answer, before the call reminder it plans falls due (seconds later):
        // the reply and then the reminder are refused with 403.
        telegram.BlockBot(Candidate);
        telegram.SendText(Candidate, "Sam Ortiz, recruiter");
        await telegram.WaitForRequestAsync(
            r => r.Method == "sendMessage" && r.StatusCode == 403 && r.BodyJson.Contains(TelegramCoachingContent.ReminderText, StringComparison.Ordinal),
            TimeSpan.FromSeconds(60));
        await WaitUntilAsync(async () => (await QueryAsync(folder, "SELECT COUNT(*) FROM users WHERE unreachable_at IS NOT NULL"))[0] == "1", "the bot to pause her reminders");
        var whilePaused = await QueryAsync(folder, "SELECT rule FROM nudges WHERE status = 'planned'");

        // She unblocks it and writes: told at once, and the reminders still ahead are planned again.
        telegram.UnblockBot(Candidate);
        var told = await chat.SayAsync("/nudges", m => m.PlainText!.Contains("Back on.", StringComparison.Ordinal));
        var later = await chat.SayAsync("/nudges", m => m.PlainText!.StartsWith("Your upcoming reminders", StringComparison.Ordinal));

        Assert.Empty(whilePaused);
        Assert.Equal("Back on.", told.PlainText);
        Assert.Contains("#1 Acme Corp: Call preparation", later.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain("Back on.", later.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain(chat.Texts, text => text.StartsWith(TelegramCoachingContent.ReminderText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_RejectedToken_ExitsAfterOneTryWithClearMessageWithoutTheToken()
    {
        using var folder = new TemporaryFolder();
        await using var telegram = await TelegramEmulator.StartAsync(Token, Ct);
        telegram.RejectToken();
        var clock = Stopwatch.StartNew();

        await using var bot = StartBot(telegram, folder);
        var run = await bot.WaitForExitAsync(Ct);

        // One try and no retry (how long the process takes to start on a busy machine is reported, not asserted).
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("Telegram rejected the bot token", run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain(Token[(Token.IndexOf(':', StringComparison.Ordinal) + 1)..], run.Errors + run.Output, StringComparison.Ordinal);
        Assert.Single(telegram.Requests, r => r.Method == "getMe");
        TestContext.Current.TestOutputHelper?.WriteLine(run.Errors);
        TestContext.Current.TestOutputHelper?.WriteLine($"rejected token: exit after {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task Stop_Sigterm_ExitsCleanlyWithCodeZero()
    {
        using var folder = new TemporaryFolder();
        await using var telegram = await TelegramEmulator.StartAsync(Token, Ct);
        await using var bot = StartBot(telegram, folder);
        await telegram.WaitForLongPollAsync(TelegramChat.Wait);
        await new TelegramChat(telegram, Candidate).SayAsync("/help");

        using (var kill = Process.Start("kill", ["-TERM", bot.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(Ct);
        }

        var run = await bot.WaitForExitAsync(Ct);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("fail:", run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("crit:", run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Errors, StringComparison.Ordinal);
    }

    /// <summary>The companies of the interviews in the bot's file, in the order they were added.</summary>
    private static Task<List<string>> CompaniesAsync(TemporaryFolder folder) => QueryAsync(folder, "SELECT company FROM interviews ORDER BY id");

    /// <summary>The first column of each row <paramref name="sql"/> reads from the bot's file, as text.</summary>
    private static async Task<List<string>> QueryAsync(TemporaryFolder folder, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={folder.File("bot.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            values.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        }

        return values;
    }

    /// <summary>Waits for a state of the bot's file that its process reaches on its own (it prints no event to wait on).</summary>
    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var started = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(started.Elapsed < TelegramChat.Wait, $"Timed out waiting for {what}.");
            await Task.Delay(20, Ct);
        }
    }

    private static bool IsList(BotMessage message) => message.PlainText!.StartsWith("Your interviews", StringComparison.Ordinal);

    private static List<string> Labels(BotMessage message) => [.. message.InlineKeyboard.SelectMany(row => row).Select(button => button.Text)];

    /// <param name="content">A content folder to use instead of the built one (<c>Engine__ContentPath</c>).</param>
    private static BotProcess StartBot(TelegramEmulator telegram, TemporaryFolder folder, string? content = null)
    {
        var environment = new Dictionary<string, string>
        {
            ["Telegram__BotToken"] = Token,
            ["Telegram__ApiBaseUrl"] = telegram.BaseUrl.ToString(),
            ["Telegram__PollTimeout"] = "00:00:10",
        };
        if (content is not null)
        {
            environment["Engine__ContentPath"] = content;
        }

        return BotProcess.Start(["--db", folder.File("bot.db")], environment);
    }
}
