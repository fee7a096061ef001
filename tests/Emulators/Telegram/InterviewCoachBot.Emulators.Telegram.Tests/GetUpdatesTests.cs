using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Polling;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;
using static InterviewCoachBot.Emulators.Telegram.Tests.TestBots;

namespace InterviewCoachBot.Emulators.Telegram.Tests;

/// <summary>getUpdates semantics through Telegram.Bot: offsets, long polls, allowed_updates, conflicts.</summary>
public sealed class GetUpdatesTests
{
    private const long User = 7;

    [Fact]
    public async Task GetUpdates_InjectedCommand_HasBotCommandEntityAndPrivateChat()
    {
        await using var emulator = await StartEmulatorAsync();
        var id = emulator.SendText(User, "/start now", "Bo");

        var update = Assert.Single(await Client(emulator).GetUpdates(cancellationToken: Ct));

        Assert.Equal(id, update.Id);
        Assert.Equal("/start now", update.Message!.Text);
        var entity = Assert.Single(update.Message.Entities!);
        Assert.Equal((MessageEntityType.BotCommand, 0, 6), (entity.Type, entity.Offset, entity.Length));
        Assert.Equal(ChatType.Private, update.Message.Chat.Type);
        Assert.Equal(User, update.Message.Chat.Id);
        Assert.Equal("Bo", update.Message.From!.FirstName);
        Assert.False(update.Message.From.IsBot);
        Assert.InRange(update.Message.Date, TimeProvider.System.GetUtcNow().UtcDateTime.AddMinutes(-1), TimeProvider.System.GetUtcNow().UtcDateTime.AddMinutes(1));
    }

    [Fact]
    public async Task GetUpdates_WithoutOffset_UnconfirmedUpdatesRedelivered()
    {
        await using var emulator = await StartEmulatorAsync();
        var first = emulator.SendText(User, "one");
        var second = emulator.SendText(User, "two");
        var bot = Client(emulator);

        var a = await bot.GetUpdates(cancellationToken: Ct);
        var b = await bot.GetUpdates(cancellationToken: Ct);

        Assert.Equal([first, second], a.Select(u => (long)u.Id));
        Assert.Equal([first, second], b.Select(u => (long)u.Id));
        Assert.Equal([first, second, first, second], emulator.DeliveredUpdateIds);
        Assert.Equal(0, emulator.ConfirmedOffset);
    }

    [Fact]
    public async Task GetUpdates_OffsetAboveId_ConfirmedUpdateNeverReturnsAgain()
    {
        await using var emulator = await StartEmulatorAsync();
        var first = emulator.SendText(User, "one");
        var second = emulator.SendText(User, "two");
        var bot = Client(emulator);

        var afterConfirm = await bot.GetUpdates(offset: (int)first + 1, cancellationToken: Ct);
        var fromZero = await bot.GetUpdates(offset: 0, cancellationToken: Ct);
        var fromOld = await bot.GetUpdates(offset: (int)first, cancellationToken: Ct);

        Assert.Equal([second], afterConfirm.Select(u => (long)u.Id));
        Assert.Equal([second], fromZero.Select(u => (long)u.Id));
        Assert.Equal([second], fromOld.Select(u => (long)u.Id));
        Assert.Equal(first + 1, emulator.ConfirmedOffset);
        Assert.Equal(1, emulator.PendingUpdateCount);
    }

    [Fact]
    public async Task GetUpdates_LimitAndNegativeOffset_FollowBotApi()
    {
        await using var emulator = await StartEmulatorAsync();
        var ids = Enumerable.Range(0, 5).Select(i => emulator.SendText(User, $"m{i}")).ToList();
        var bot = Client(emulator);

        var limited = await bot.GetUpdates(limit: 2, cancellationToken: Ct);
        var last = await bot.GetUpdates(offset: -1, cancellationToken: Ct);

        Assert.Equal(ids.Take(2), limited.Select(u => (long)u.Id));
        Assert.Equal([ids[^1]], last.Select(u => (long)u.Id));
        Assert.Equal(1, emulator.PendingUpdateCount);
    }

    [Fact]
    public async Task GetUpdates_LongPoll_ReturnsWhenMessageInjected()
    {
        await using var emulator = await StartEmulatorAsync();
        var bot = Client(emulator);

        var poll = bot.GetUpdates(timeout: 50, cancellationToken: Ct);
        await emulator.WaitForLongPollAsync(Wait);
        Assert.False(poll.IsCompleted);
        var id = emulator.SendText(User, "wake up");
        var updates = await poll.WaitAsync(Wait, Ct);

        Assert.Equal([id], updates.Select(u => (long)u.Id));
    }

    [Fact]
    public async Task GetUpdates_AllowedUpdates_OtherTypesNotDelivered()
    {
        await using var emulator = await StartEmulatorAsync();
        emulator.SendText(User, "hi");
        var bot = Client(emulator);
        var first = Assert.Single(await bot.GetUpdates(cancellationToken: Ct));
        var sent = await bot.SendMessage(User, "pick", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("A", "a")), cancellationToken: Ct);
        var press = emulator.PressButton(User, sent.MessageId, "a");
        var text = emulator.SendText(User, "more");

        var onlyMessages = await bot.GetUpdates(offset: first.Id + 1, allowedUpdates: [UpdateType.Message], cancellationToken: Ct);
        var sticky = await bot.GetUpdates(offset: first.Id + 1, cancellationToken: Ct);
        var all = await bot.GetUpdates(offset: first.Id + 1, allowedUpdates: [UpdateType.Message, UpdateType.CallbackQuery], cancellationToken: Ct);

        Assert.Equal([text], onlyMessages.Select(u => (long)u.Id));
        Assert.Equal([text], sticky.Select(u => (long)u.Id));
        Assert.Equal([press, text], all.Select(u => (long)u.Id));
    }

    [Fact]
    public async Task GetUpdates_SecondConcurrentPoll_FirstGets409Conflict()
    {
        await using var emulator = await StartEmulatorAsync();
        var bot = Client(emulator);
        var first = bot.GetUpdates(timeout: 50, cancellationToken: Ct);
        await emulator.WaitForLongPollAsync(Wait);

        var second = bot.GetUpdates(timeout: 0, cancellationToken: Ct);

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => first.WaitAsync(Wait, Ct));
        Assert.Equal(409, ex.ErrorCode);
        Assert.StartsWith("Conflict: terminated by other getUpdates request", ex.Message, StringComparison.Ordinal);
        Assert.Empty(await second);
    }

    [Fact]
    public async Task GetUpdates_WebhookSetElsewhere_409UntilDeleteWebhookThenUpdatesFlowAgain()
    {
        await using var emulator = await StartEmulatorAsync();
        var bot = Client(emulator);
        var id = emulator.SendText(User, "kept");
        await bot.SetWebhook("https://example.invalid/hook", cancellationToken: Ct);

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => bot.GetUpdates(cancellationToken: Ct));
        var info = await bot.GetWebhookInfo(Ct);
        await bot.DeleteWebhook(dropPendingUpdates: false, Ct);
        var update = Assert.Single(await bot.GetUpdates(cancellationToken: Ct));

        Assert.Equal(409, ex.ErrorCode);
        Assert.StartsWith("Conflict: can't use getUpdates method while webhook is active", ex.Message, StringComparison.Ordinal);
        Assert.Equal("https://example.invalid/hook", info.Url);
        Assert.Equal(id, update.Id);
        Assert.Null(emulator.WebhookUrl);
    }

    [Fact]
    public async Task DeleteWebhook_DropPendingUpdates_RecordedAndQueueEmptied()
    {
        await using var emulator = await StartEmulatorAsync();
        emulator.SendText(User, "old");
        var bot = Client(emulator);

        await bot.DeleteWebhook(dropPendingUpdates: false, Ct);
        await bot.DeleteWebhook(dropPendingUpdates: true, Ct);

        Assert.Equal([new DeleteWebhookCall(false), new DeleteWebhookCall(true)], emulator.DeleteWebhookCalls);
        Assert.Empty(await bot.GetUpdates(cancellationToken: Ct));
    }

    [Fact]
    public async Task BlockBot_SendAfterBlock_Forbidden403AndMyChatMemberUpdate()
    {
        await using var emulator = await StartEmulatorAsync();
        emulator.SendText(User, "hi");
        var bot = Client(emulator);

        var blockId = emulator.BlockBot(User);
        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(User, "nudge", cancellationToken: Ct));
        var updates = await bot.GetUpdates(allowedUpdates: [UpdateType.MyChatMember], cancellationToken: Ct);
        emulator.UnblockBot(User);
        await bot.SendMessage(User, "welcome back", cancellationToken: Ct);

        Assert.Equal(403, ex.ErrorCode);
        Assert.Equal("Forbidden: bot was blocked by the user", ex.Message);
        var update = Assert.Single(updates);
        Assert.Equal(blockId, update.Id);
        Assert.Equal(ChatMemberStatus.Kicked, update.MyChatMember!.NewChatMember.Status);
    }

    [Fact]
    public async Task ReceiveAsync_TelegramBotPollingLoop_RoundTripWithButtons()
    {
        await using var emulator = await StartEmulatorAsync();
        var bot = Client(emulator);
        bot.Timeout = TimeSpan.FromSeconds(5);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var receiving = bot.ReceiveAsync(
            async (client, update, ct) =>
            {
                if (update.Message is { } message)
                {
                    await client.SendMessage(message.Chat.Id, $"You said <b>{message.Text}</b>", ParseMode.Html,
                        replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Done", "done:1")), cancellationToken: ct);
                }
                else if (update.CallbackQuery is { } query)
                {
                    await client.AnswerCallbackQuery(query.Id, "Saved", cancellationToken: ct);
                    await client.EditMessageText(query.Message!.Chat.Id, query.Message.MessageId, "Marked: " + query.Data, cancellationToken: ct);
                }
            },
            (_, _, _) => Task.CompletedTask,
            new ReceiverOptions { AllowedUpdates = [UpdateType.Message, UpdateType.CallbackQuery] },
            stop.Token);

        var textId = emulator.SendText(User, "hello");
        var reply = await emulator.WaitForMessageAsync(User, m => m.PlainText == "You said hello", Wait);
        var pressId = emulator.PressButton(User, reply.MessageId, "done:1");
        var edited = await emulator.WaitForMessageAsync(User, m => m.Version == 1, Wait);
        await emulator.WaitForRequestAsync(r => r.Method == "getUpdates" && r.BodyJson.Contains($"\"offset\":{pressId + 1}", StringComparison.Ordinal), Wait);
        await stop.CancelAsync();
        try
        {
            await receiving;
        }
        catch (OperationCanceledException)
        {
            // Cancellation is how the polling loop stops.
        }

        Assert.Equal("Marked: done:1", edited.Text);
        Assert.Equal("Saved", Assert.Single(emulator.AnsweredCallbackQueries).Text);
        Assert.True(emulator.ConfirmedOffset > pressId);
        Assert.True(pressId > textId);
    }
}
