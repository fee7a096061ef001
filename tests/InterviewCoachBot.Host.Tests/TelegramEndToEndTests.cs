using System.Diagnostics;
using System.Globalization;
using InterviewCoachBot.Emulators.Telegram;

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
        await using var telegram = await TelegramEmulator.StartAsync(Token, Ct);
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

            // Extension point for the coaching flows: the thank-you note (/thankyou) and a due nudge go here.

            // Mid-conversation: a burst of messages, and the process is killed while it works through them.
            var before = chat.LastId();
            telegram.SendText(Candidate, "/interview Globex | QA Engineer | Sam Hill | 3 hours ago | phone");
            telegram.SendText(Candidate, "/interview Initech | Data Analyst | Bill Lumbergh | 4 hours ago | video");
            telegram.SendText(Candidate, "/interview Hooli | SRE | Gavin Belson | 5 hours ago | email");
            await chat.NextAsync(before);
            Process.GetProcessById(bot.Id).Kill();
            await bot.WaitForExitAsync(Ct);
        }

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
                Assert.Contains(chat.Texts, text => text.StartsWith($"Saved interview #{number}.", StringComparison.Ordinal));
            }

            var question = await chat.SayAsync("/forget", m => m.InlineKeyboard.Count > 0 && m.PlainText!.Contains("delete", StringComparison.OrdinalIgnoreCase));
            var done = await chat.PressAsync(question, "Yes", m => m.PlainText!.StartsWith("Done", StringComparison.Ordinal));
            Assert.StartsWith("Done: I deleted", done.PlainText, StringComparison.Ordinal);
            var empty = await chat.SayAsync("/interviews", m => m.PlainText!.StartsWith("You haven't", StringComparison.Ordinal));
            Assert.StartsWith("You haven't added an interview yet.", empty.PlainText, StringComparison.Ordinal);
        }

        Assert.All(telegram.DeleteWebhookCalls, call => Assert.False(call.DropPendingUpdates));
        Assert.Equal(0, telegram.PendingUpdateCount);
        var redelivered = telegram.DeliveredUpdateIds.GroupBy(id => id).Count(group => group.Count() > 1);
        TestContext.Current.TestOutputHelper?.WriteLine($"updates delivered again after kill -9: {redelivered}");
    }

    [Fact]
    public async Task Start_RejectedToken_ExitsQuicklyWithClearMessageWithoutTheToken()
    {
        using var folder = new TemporaryFolder();
        await using var telegram = await TelegramEmulator.StartAsync(Token, Ct);
        telegram.RejectToken();
        var clock = Stopwatch.StartNew();

        await using var bot = StartBot(telegram, folder);
        var run = await bot.WaitForExitAsync(Ct);

        Assert.Equal(3, run.ExitCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
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

    private static bool IsList(BotMessage message) => message.PlainText!.StartsWith("Your interviews", StringComparison.Ordinal);

    private static BotProcess StartBot(TelegramEmulator telegram, TemporaryFolder folder) =>
        BotProcess.Start(
            ["--db", folder.File("bot.db")],
            new Dictionary<string, string>
            {
                ["Telegram__BotToken"] = Token,
                ["Telegram__ApiBaseUrl"] = telegram.BaseUrl.ToString(),
                ["Telegram__PollTimeout"] = "00:00:10",
            });
}
