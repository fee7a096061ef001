using System.Diagnostics;
using Dapper;
using InterviewCoachBot.Emulators.Telegram;
using InterviewCoachBot.Engine.Ports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Telegram.Bot;

namespace InterviewCoachBot.Adapters.Telegram.Tests;

/// <summary>The whole adapter in a host: polling, the engine on SQLite, replies, buttons, restarts and failures.</summary>
[Collection(ProcessExitCodeGroup.Name)]
public sealed class TelegramPollingServiceTests
{
    private const long Ann = 1001;
    private const long Bob = 1002;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_UpdatesQueuedWhileDown_KeptAndAnswered()
    {
        await using var bot = await TelegramTestBot.CreateAsync();
        bot.Emulator.SendText(Ann, "/help");
        var clock = Stopwatch.StartNew();

        await bot.LaunchAsync();
        var firstPoll = await bot.Emulator.WaitForRequestAsync(r => r.Method == "getUpdates", TelegramTestBot.Wait);
        var firstPollAfter = clock.Elapsed;
        var help = await bot.NextAsync(Ann, 0);

        Assert.StartsWith("I coach you through", help.PlainText, StringComparison.Ordinal);
        Assert.All(bot.Emulator.DeleteWebhookCalls, call => Assert.False(call.DropPendingUpdates));
        Assert.NotEmpty(bot.Emulator.DeleteWebhookCalls);
        Assert.Contains(bot.Emulator.Commands, command => command.Command == "interview");
        Assert.Contains(bot.Emulator.Commands, command => command.Command == "forget");
        Assert.Equal(200, firstPoll.StatusCode);
        TestContext.Current.TestOutputHelper?.WriteLine($"first getUpdates {firstPollAfter.TotalMilliseconds:F0} ms after start");
    }

    [Fact]
    public async Task Conversation_WizardWithButtons_SavesAndListsTheInterview()
    {
        await using var bot = await TelegramTestBot.CreateAsync();
        await bot.StartAsync();

        var help = await bot.SayAsync(Ann, "/start");
        var company = await bot.PressAsync(Ann, help, "Add an interview");
        await bot.SayAsync(Ann, "Acme <b>& Sons</b>", m => m.PlainText!.Contains("step 2", StringComparison.Ordinal));
        await bot.SayAsync(Ann, "Backend Engineer");
        await bot.SayAsync(Ann, "Dana Levi");
        var channel = await bot.SayAsync(Ann, "2 hours ago", m => m.InlineKeyboard.Count > 0);
        var saved = await bot.PressAsync(Ann, channel, "Email", m => m.PlainText!.StartsWith("Saved", StringComparison.Ordinal));
        var list = await bot.SayAsync(Ann, "/interviews@interview_coach_test_bot", IsList);

        Assert.Contains("Which company", company.PlainText, StringComparison.Ordinal);
        Assert.StartsWith("Saved interview #1.", saved.PlainText, StringComparison.Ordinal);
        Assert.Contains("#1 Acme <b>& Sons</b>: Backend Engineer", list.PlainText, StringComparison.Ordinal);
        Assert.All(bot.Emulator.AnsweredCallbackQueries, answer => Assert.Null(answer.Text));
        Assert.Equal(2, bot.Emulator.AnsweredCallbackQueries.Count);
    }

    [Fact]
    public async Task PressButton_DataOfAnotherUser_RefusedWithoutReachingTheEngine()
    {
        await using var bot = await TelegramTestBot.CreateAsync();
        await bot.StartAsync();
        var annHelp = await bot.SayAsync(Ann, "/help");
        var bobHelp = await bot.SayAsync(Bob, "/help");

        var press = bot.Emulator.PressButton(Bob, bobHelp.MessageId, annHelp.CallbackData.First());
        var answer = await WaitForAnswerAsync(bot, press);
        var next = await bot.SayAsync(Bob, "/interviews");

        Assert.Equal("This button isn't yours.", answer.Text);
        Assert.StartsWith("You haven't added an interview yet.", next.PlainText, StringComparison.Ordinal);
        Assert.Equal(2, bot.Emulator.MessagesTo(Bob).Count);
        Assert.False(await InboxHasAsync(bot, press));
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("ZZ:=email")]
    [InlineData(":=email")]
    [InlineData("{bob}:not-engine-data")]
    [InlineData("{bob}:#unknownhash")]
    public async Task PressButton_TamperedOrUnknownData_AnsweredExpired(string data)
    {
        await using var bot = await TelegramTestBot.CreateAsync();
        await bot.StartAsync();
        var help = await bot.SayAsync(Bob, "/help");

        var press = bot.Emulator.PressButton(Bob, help.MessageId, data.Replace("{bob}", Base36.Encode(Bob), StringComparison.Ordinal));
        var answer = await WaitForAnswerAsync(bot, press);

        Assert.StartsWith("This button expired.", answer.Text, StringComparison.Ordinal);
        Assert.False(await InboxHasAsync(bot, press));
    }

    [Fact]
    public async Task Restart_BatchNotConfirmed_EveryUpdateAppliedOnce()
    {
        await using var bot = await TelegramTestBot.CreateAsync(new() { ["Telegram:RequestTimeout"] = "00:05:00" });
        var first = bot.Emulator.SendText(Ann, "/interview Acme | Dev | Dana | 2 hours ago | email");
        bot.Emulator.SendText(Ann, "/interview Globex | QA | Sam | 3 hours ago | phone");
        bot.Emulator.SendText(Ann, "/interviews");

        // The reply to the first update hangs, so the process stops in the middle of the batch it polled:
        // the first update is committed, its reply is not sent, and nothing of the batch is confirmed.
        // Stop only once the server holds that reply: stopping sooner would leave the fault for the restarted bot.
        var hang = TimeSpan.FromMinutes(10);
        bot.Emulator.FailNext("sendMessage", TelegramFault.Delay(hang));
        await bot.LaunchAsync();
        await bot.ServerTime.WaitForTimerAsync(due => due == hang, TelegramTestBot.Wait);
        Assert.True(await InboxHasAsync(bot, first), "the first update was committed before its reply went out");
        await bot.StopAsync();
        var confirmedBeforeRestart = bot.Emulator.ConfirmedOffset;
        await bot.StartAsync();
        var list = await bot.SayAsync(Ann, "/interviews", m => IsList(m) && m.MessageId > bot.Emulator.MessagesTo(Ann).Where(IsList).Min(l => l.MessageId));

        Assert.True(confirmedBeforeRestart <= first, "nothing of the batch was confirmed before the restart");
        Assert.True(bot.Emulator.DeliveredUpdateIds.Count(id => id == first) >= 2, "the batch was delivered again");
        var texts = bot.Emulator.MessagesTo(Ann).Select(m => m.PlainText!).ToList();
        Assert.Equal(2, texts.Count(t => t.StartsWith("Your interviews", StringComparison.Ordinal)));
        Assert.Equal(texts.Count - 1, texts.Distinct().Count());
        Assert.Single(texts, t => t.StartsWith("Saved interview #1.", StringComparison.Ordinal));
        Assert.Single(texts, t => t.StartsWith("Saved interview #2.", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("#3", StringComparison.Ordinal));
        Assert.Contains("#1 Acme: Dev", list.PlainText, StringComparison.Ordinal);
        Assert.Contains("#2 Globex: QA", list.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handle_EngineFailsEveryAttempt_ParkedApologisedAndNextUpdateHandled()
    {
        var failures = new FailingStore.Budget(3);
        await using var bot = await TelegramTestBot.CreateAsync(configure: services => FailingStore.Install(services, failures));
        await bot.StartAsync();

        var apology = await bot.SayAsync(Ann, "/interview Acme | Dev | Dana | 2 hours ago | email");
        var next = await bot.SayAsync(Ann, "/interviews");

        Assert.Equal(TelegramUpdateHandler.Apology, apology.PlainText);
        Assert.Equal(1, await bot.Services.GetRequiredService<IParkedUpdateStore>().CountAsync("telegram", Ct));
        Assert.StartsWith("You haven't added an interview yet.", next.PlainText, StringComparison.Ordinal);
        Assert.Single(bot.Logs.Lines, line => line.EventId.Id == 3006);
        Assert.DoesNotContain(bot.Logs.Lines, line => line.Message.Contains("Acme", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Handle_EngineFailsOnce_RetriedAndApplied()
    {
        var failures = new FailingStore.Budget(1);
        await using var bot = await TelegramTestBot.CreateAsync(configure: services => FailingStore.Install(services, failures));
        await bot.StartAsync();

        var saved = await bot.SayAsync(Ann, "/interview Acme | Dev | Dana | 2 hours ago | email");

        Assert.StartsWith("Saved interview #1.", saved.PlainText, StringComparison.Ordinal);
        Assert.Equal(0, await bot.Services.GetRequiredService<IParkedUpdateStore>().CountAsync("telegram", Ct));
    }

    [Fact]
    public async Task Handle_ReplyFailsEverySendAttempt_SentOnceTelegramAnswersAgain()
    {
        await using var bot = await TelegramTestBot.CreateAsync();
        await bot.StartAsync();
        bot.Emulator.FailNext("sendMessage", TelegramFault.ServerError(500), times: 4);

        bot.Emulator.SendText(Ann, "/help");
        await bot.Emulator.WaitForRequestAsync(r => r.Method == "sendMessage" && r.StatusCode == 500 && bot.Emulator.Requests.Count(q => q.StatusCode == 500) == 4, TelegramTestBot.Wait);
        var list = await bot.SayAsync(Ann, "/interviews", m => m.PlainText!.StartsWith("You haven't", StringComparison.Ordinal));

        var texts = bot.Emulator.MessagesTo(Ann).Select(m => m.PlainText!).ToList();
        Assert.Equal(2, texts.Count);
        Assert.StartsWith("I coach you through", texts[0], StringComparison.Ordinal);
        Assert.Equal(list.PlainText, texts[1]);
        Assert.Single(bot.Logs.Lines, line => line.EventId.Id == 3017);
    }

    [Fact]
    public async Task Handle_ReplyFailsAgainWhenResent_SentLaterWithoutTheUserWritingAgain()
    {
        await using var bot = await TelegramTestBot.CreateAsync();
        await bot.StartAsync();

        // Four attempts when the reply is first sent, four more when it is resent after the next poll.
        bot.Emulator.FailNext("sendMessage", TelegramFault.ServerError(500), times: 8);
        bot.Emulator.SendText(Ann, "/help");
        var help = await bot.NextAsync(Ann, 0);

        Assert.StartsWith("I coach you through", help.PlainText, StringComparison.Ordinal);
        Assert.Single(bot.Emulator.MessagesTo(Ann));
        Assert.Equal(8, bot.Emulator.Requests.Count(r => r.Method == "sendMessage" && r.StatusCode == 500));
    }

    [Fact]
    public async Task Handle_TelegramAnswersOkButTheAnswerIsCutShort_ReplyShownOnceNotSentAgain()
    {
        await using var bot = await TelegramTestBot.CreateAsync();
        await bot.StartAsync();
        bot.Emulator.FailNext("sendMessage", TelegramFault.CutAnswerAfterEffect);

        await bot.SayAsync(Ann, "/help");
        var list = await bot.SayAsync(Ann, "/interviews", m => m.PlainText!.StartsWith("You haven't", StringComparison.Ordinal));

        var texts = bot.Emulator.MessagesTo(Ann).Select(m => m.PlainText!).ToList();
        Assert.Equal(2, texts.Count);
        Assert.StartsWith("I coach you through", texts[0], StringComparison.Ordinal);
        Assert.Equal(list.PlainText, texts[1]);
        Assert.Equal(2, bot.Emulator.Requests.Count(r => r.Method == "sendMessage"));
        Assert.Single(bot.Logs.Lines, line => line.EventId.Id == 3023);
    }

    [Fact]
    public async Task Handle_ReplyFailsWithAnUnknownException_SentOnceTelegramAnswersAgain()
    {
        Task thrown = Task.CompletedTask;
        await using var bot = await TelegramTestBot.CreateAsync(configure: services => thrown = FaultyClient.Install(services, new FailingStore.Budget(1)));
        await bot.StartAsync();

        bot.Emulator.SendText(Ann, "/help");
        await thrown.WaitAsync(TelegramTestBot.Wait, Ct);
        var list = await bot.SayAsync(Ann, "/interviews", m => m.PlainText!.StartsWith("You haven't", StringComparison.Ordinal));

        var texts = bot.Emulator.MessagesTo(Ann).Select(m => m.PlainText!).ToList();
        Assert.Equal(2, texts.Count);
        Assert.StartsWith("I coach you through", texts[0], StringComparison.Ordinal);
        Assert.Equal(list.PlainText, texts[1]);
        Assert.Single(bot.Logs.Lines, line => line.EventId.Id == 3017);
        Assert.Single(bot.Logs.Lines, line => line.EventId.Id == 3019);
    }

    [Fact]
    public async Task Restart_LeftoverForAChatTelegramDoesNotKnow_DroppedWithALogLineAndNotSentAgain()
    {
        await using var bot = await TelegramTestBot.CreateAsync();
        await bot.StartAsync();

        // A reply committed for a chat Telegram does not link to this bot (a deleted account, or a row left by another token).
        await using (var connection = await bot.Database.OpenConnectionAsync(Ct))
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO outbox (platform, chat_id, payload_json, created_at) VALUES ('telegram', '4242', '{\"text\":\"Hello\"}', '2026-12-01T00:00:00.0000000+00:00')",
                cancellationToken: Ct));
        }

        await RestartUntilItPollsAsync(bot);
        await RestartUntilItPollsAsync(bot);

        Assert.Single(bot.Emulator.Requests, r => r.Method == "sendMessage" && r.StatusCode == 400);
        Assert.Single(bot.Logs.Lines, line => line.EventId.Id == 3012 && line.Message.Contains("chat not found", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Restart_LeftoverTelegramRefusesAsABadRequest_DroppedWithALogLineAndNotSentAgain()
    {
        await using var bot = await TelegramTestBot.CreateAsync();
        await bot.StartAsync();
        await bot.SayAsync(Ann, "/help");

        // A reply Telegram refuses for what it is (400 "message text is empty"), to a chat that works.
        await using (var connection = await bot.Database.OpenConnectionAsync(Ct))
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO outbox (platform, chat_id, payload_json, created_at) VALUES ('telegram', '1001', '{\"text\":\" \"}', '2026-12-01T00:00:00.0000000+00:00')",
                cancellationToken: Ct));
        }

        await RestartUntilItPollsAsync(bot);
        await RestartUntilItPollsAsync(bot);

        Assert.Single(bot.Emulator.Requests, r => r.Method == "sendMessage" && r.StatusCode == 400);
        Assert.Single(bot.Logs.Lines, line => line.EventId.Id == 3011 && line.Message.Contains("message text is empty", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("sticker", null)]
    [InlineData("photo", "my answer is in the screenshot")]
    [InlineData("voice", null)]
    public async Task Message_NotText_AnsweredWithAHintToType(string kind, string? caption)
    {
        await using var bot = await TelegramTestBot.CreateAsync();
        await bot.StartAsync();

        bot.Emulator.SendMedia(Ann, kind, caption);
        var hint = await bot.NextAsync(Ann, after: 0);

        Assert.Equal("I can only read text messages. Please type your answer.", hint.PlainText);
    }

    [Fact]
    public async Task EditedMessage_AnsweredToSendTheCorrectionAsANewMessage()
    {
        await using var bot = await TelegramTestBot.CreateAsync();
        await bot.StartAsync();
        await bot.SayAsync(Ann, "/help");
        var before = bot.LastMessageId(Ann);

        bot.Emulator.EditText(Ann, messageId: 1, "/help me");
        var hint = await bot.NextAsync(Ann, before);

        Assert.Equal("I don't see edits. Please send the corrected text as a new message.", hint.PlainText);
        Assert.Equal(2, bot.Emulator.MessagesTo(Ann).Count);
    }

    [Fact]
    public async Task BlockBot_PausesThatUsersRemindersAtOnceAndLeavesOthersAlone()
    {
        await using var bot = await TelegramTestBot.CreateAsync();
        await bot.StartAsync();
        foreach (var user in new[] { Ann, Bob })
        {
            await bot.SayAsync(user, "/timezone Europe/Berlin");
            await bot.SayAsync(user, "/interview Globex | Analyst | Lee | tomorrow 12:00 | email");
        }

        var block = bot.Emulator.BlockBot(Ann);
        // Bob writes once Ann's block was polled: the next batch is fetched only after hers is done, so hers is done once
        // Bob's help arrives.
        await bot.Emulator.WaitForRequestAsync(r => r.Method == "getUpdates" && bot.Emulator.DeliveredUpdateIds.Contains(block), TelegramTestBot.Wait);
        await bot.SayAsync(Bob, "/help", m => m.PlainText!.StartsWith("I coach you through", StringComparison.Ordinal));

        await using var connection = await bot.Database.OpenConnectionAsync(Ct);
        var planned = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT u.external_id FROM nudges n JOIN users u ON u.id = n.user_id WHERE n.status = 'planned'", cancellationToken: Ct));
        Assert.NotEmpty(planned);
        Assert.All(planned, owner => Assert.Equal(Bob.ToString(System.Globalization.CultureInfo.InvariantCulture), owner));
    }

    [Fact]
    public async Task AddedToAGroup_SaysOnceThatItWorksInPrivateChats()
    {
        const long group = -100123;
        await using var bot = await TelegramTestBot.CreateAsync();
        await bot.StartAsync();

        bot.Emulator.AddToGroup(group, Ann);
        var said = await bot.NextAsync(group, after: 0);
        await bot.SayAsync(Ann, "/help"); // handled after the join: nothing more was said in the group meanwhile

        Assert.Equal("I only work in private chats. Open a chat with me to prepare for your interviews.", said.PlainText);
        Assert.Single(bot.Emulator.MessagesTo(group));
    }

    [Fact]
    public async Task Poll_SecondPollerWithTheSameToken_FirstIsRefusedWith409LogsItAndKeepsServing()
    {
        await using var bot = await TelegramTestBot.CreateAsync();
        await bot.StartAsync();

        // Another process with the same token polls: Telegram ends this one's parked poll with 409 Conflict.
        var other = new TelegramBotClient(new TelegramBotClientOptions(TelegramTestBot.Token, bot.Emulator.BaseUrl.ToString()));
        Assert.Empty(await other.GetUpdates(timeout: 0, cancellationToken: Ct));
        await bot.Emulator.WaitForRequestAsync(r => r.Method == "getUpdates" && r.StatusCode == 409, TelegramTestBot.Wait);

        // The other one is gone: this one polls again and answers.
        var help = await bot.SayAsync(Ann, "/help");

        Assert.StartsWith("I coach you through", help.PlainText, StringComparison.Ordinal);
        Assert.Contains(bot.Logs.Lines, line => line.EventId.Id == 3022 && line.Level == LogLevel.Error && line.Message.Contains("Another process is polling", StringComparison.Ordinal));
        Assert.False(bot.Lifetime.ApplicationStopping.IsCancellationRequested);
        Assert.DoesNotContain(bot.Logs.Lines, line => line.ToString().Contains(TelegramTestBot.Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Poll_WebhookSetAfterStart_DeletedAgainAndUpdatesKeepComing()
    {
        await using var bot = await TelegramTestBot.CreateAsync();
        await bot.StartAsync();

        // A hosting panel or a script sets a webhook while the bot runs: Telegram refuses getUpdates from now on.
        bot.Emulator.SetWebhookElsewhere("https://example.invalid/hook");
        bot.Emulator.SendText(Ann, "/help");
        var help = await bot.NextAsync(Ann, 0);

        Assert.StartsWith("I coach you through", help.PlainText, StringComparison.Ordinal);
        Assert.Null(bot.Emulator.WebhookUrl);
        Assert.Contains(bot.Emulator.Requests, r => r.Method == "getUpdates" && r.StatusCode == 409);
        Assert.All(bot.Emulator.DeleteWebhookCalls, call => Assert.False(call.DropPendingUpdates));
        Assert.Contains(bot.Logs.Lines, line => line.EventId.Id == 3021 && line.Level == LogLevel.Error);
    }

    [Fact]
    public async Task Start_StorageFailsWhileListingLeftovers_StopsWithExitCode1()
    {
        await using var bot = await TelegramTestBot.CreateAsync(configure: services =>
            services.Replace(ServiceDescriptor.Singleton<IDeliveryLog, BrokenDeliveryLog>()));
        try
        {
            await bot.LaunchAsync();
            await bot.WaitForStopRequestAsync();

            Assert.Equal(TelegramPollingService.CrashedExitCode, Environment.ExitCode);
        }
        finally
        {
            Environment.ExitCode = 0;
        }

        Assert.Single(bot.Logs.Lines, line => line.EventId.Id == 3020);
    }

    [Fact]
    public async Task Start_TokenRejected_StopsWithExitCode3AndNoRetry()
    {
        await using var bot = await TelegramTestBot.CreateAsync();
        bot.Emulator.RejectToken();
        try
        {
            await bot.LaunchAsync();
            await bot.WaitForStopRequestAsync();

            Assert.Equal(TelegramPollingService.TokenRejectedExitCode, Environment.ExitCode);
        }
        finally
        {
            Environment.ExitCode = 0;
        }

        Assert.Single(bot.Emulator.Requests);
        Assert.Single(bot.Logs.Lines, line => line.EventId.Id == 3001);
        Assert.DoesNotContain(bot.Logs.Lines, line => line.ToString().Contains(TelegramTestBot.Token, StringComparison.Ordinal));
    }

    /// <summary>Restarts and waits for the new host's first poll, so its start-up work (leftovers) is done.</summary>
    /// <remarks>The old host's aborted long poll can still count as parked, so <see cref="TelegramTestBot.StartAsync"/> alone may return early.</remarks>
    private static async Task RestartUntilItPollsAsync(TelegramTestBot bot)
    {
        var before = bot.Emulator.Requests.Select(r => r.Sequence).DefaultIfEmpty(0).Max();
        await bot.RestartAsync();
        var getMe = await bot.Emulator.WaitForRequestAsync(r => r.Method == "getMe" && r.Sequence > before, TelegramTestBot.Wait);
        await bot.Emulator.WaitForRequestAsync(r => r.Method == "getUpdates" && r.Sequence > getMe.Sequence, TelegramTestBot.Wait);
    }

    private static bool IsList(BotMessage message) => message.PlainText!.StartsWith("Your interviews", StringComparison.Ordinal);

    private static async Task<CallbackAnswer> WaitForAnswerAsync(TelegramTestBot bot, long pressUpdateId)
    {
        var queryId = bot.Emulator.CallbackQueryIdOf(pressUpdateId);
        await bot.Emulator.WaitForRequestAsync(r => r.Method == "answerCallbackQuery" && r.BodyJson.Contains(queryId, StringComparison.Ordinal), TelegramTestBot.Wait);
        return bot.Emulator.AnsweredCallbackQueries.Single(a => a.QueryId == queryId);
    }

    private static async Task<bool> InboxHasAsync(TelegramTestBot bot, long updateId)
    {
        // One user's updates are handled in order; a later update of theirs being handled means this one is done.
        // The inbox keeps the update id as a keyed hash, made by the same function the storage registers on its connections.
        await using var connection = await bot.Database.OpenConnectionAsync(Ct);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM inbox WHERE platform = 'telegram' AND dedupe_key = hmac_sha256_hex((SELECT value FROM secrets WHERE name = 'inbox'), @Key)",
            new { Key = updateId.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            cancellationToken: Ct)) > 0;
    }
}
