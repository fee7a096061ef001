using System.Text;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;
using static InterviewCoachBot.Emulators.Telegram.Tests.TestBots;

namespace InterviewCoachBot.Emulators.Telegram.Tests;

/// <summary>The emulator driven by the real Telegram.Bot 22.10.3.3 client.</summary>
public sealed class TelegramBotClientMessageTests
{
    private const long User = 4242;

    [Fact]
    public async Task GetMe_RealClient_ReturnsBotUser()
    {
        await using var emulator = await StartEmulatorAsync();

        var me = await Client(emulator).GetMe(Ct);

        Assert.True(me.IsBot);
        Assert.Equal(123456, me.Id);
        Assert.Equal("interview_coach_test_bot", me.Username);
    }

    [Fact]
    public async Task SetMyCommands_ValidCommands_StoredAndReadBack()
    {
        await using var emulator = await StartEmulatorAsync();
        var bot = Client(emulator);

        await bot.SetMyCommands([new BotCommand("start", "Start"), new BotCommand("next_question", "Next question")], cancellationToken: Ct);
        var back = await bot.GetMyCommands(cancellationToken: Ct);

        Assert.Equal([new BotCommandInfo("start", "Start"), new BotCommandInfo("next_question", "Next question")], emulator.Commands);
        Assert.Equal(["start", "next_question"], back.Select(c => c.Command));
    }

    [Theory]
    [InlineData("Start", "Start")]
    [InlineData("sta rt", "Start")]
    [InlineData("start", "")]
    [InlineData("a_command_name_longer_than_32_chars", "x")]
    public async Task SetMyCommands_InvalidCommand_Returns400(string command, string description)
    {
        await using var emulator = await StartEmulatorAsync();

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() =>
            Client(emulator).SetMyCommands([new BotCommand(command, description)], cancellationToken: Ct));

        Assert.Equal(400, ex.ErrorCode);
        Assert.StartsWith("Bad Request: BOT_COMMAND", ex.Message, StringComparison.Ordinal);
        Assert.Empty(emulator.Commands);
    }

    [Fact]
    public async Task SendMessage_HtmlWithInlineKeyboard_RecordedAndReturnedLikeTelegram()
    {
        await using var emulator = await StartEmulatorAsync();
        emulator.SendText(User, "hi", "Ann");
        var keyboard = new InlineKeyboardMarkup(
            [[InlineKeyboardButton.WithCallbackData("Done", "nudge:42:done"), InlineKeyboardButton.WithCallbackData("Snooze", "nudge:42:s60")]]);

        var sent = await Client(emulator).SendMessage(User, "Hello <b>Ann</b> &amp; co", ParseMode.Html, replyMarkup: keyboard, cancellationToken: Ct);

        Assert.Equal("Hello Ann & co", sent.Text);
        Assert.Equal(MessageEntityType.Bold, Assert.Single(sent.Entities!).Type);
        Assert.True(sent.From!.IsBot);
        Assert.Equal(ChatType.Private, sent.Chat.Type);
        Assert.InRange(sent.Date, TimeProvider.System.GetUtcNow().UtcDateTime.AddMinutes(-1), TimeProvider.System.GetUtcNow().UtcDateTime.AddMinutes(1));
        Assert.Equal("nudge:42:done", sent.ReplyMarkup!.InlineKeyboard.First().First().CallbackData);
        var stored = Assert.Single(emulator.MessagesTo(User));
        Assert.Equal(sent.MessageId, stored.MessageId);
        Assert.Equal("Hello <b>Ann</b> &amp; co", stored.Text);
        Assert.Equal("Html", stored.ParseMode);
        Assert.Equal("Hello Ann & co", stored.PlainText);
        Assert.Equal(["nudge:42:done", "nudge:42:s60"], stored.CallbackData);
    }

    [Fact]
    public async Task SendMessage_UnknownChat_ChatNotFound()
    {
        await using var emulator = await StartEmulatorAsync();

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => Client(emulator).SendMessage(999, "hi", cancellationToken: Ct));

        Assert.Equal(400, ex.ErrorCode);
        Assert.Equal("Bad Request: chat not found", ex.Message);
    }

    [Theory]
    [InlineData("a < b")]
    [InlineData("<b>bold")]
    [InlineData("<b>x</i>")]
    [InlineData("<br>")]
    [InlineData("<span>x</span>")]
    [InlineData("x</b>")]
    [InlineData("<a href=\"x\">y")]
    public async Task SendMessage_MalformedHtml_CantParseEntities(string html)
    {
        await using var emulator = await StartEmulatorAsync();
        emulator.SendText(User, "hi");

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => Client(emulator).SendMessage(User, html, ParseMode.Html, cancellationToken: Ct));

        Assert.Equal(400, ex.ErrorCode);
        Assert.StartsWith("Bad Request: can't parse entities: ", ex.Message, StringComparison.Ordinal);
        Assert.Empty(emulator.MessagesTo(User));
    }

    [Fact]
    public async Task SendMessage_CallbackData65Bytes_ButtonDataInvalid()
    {
        await using var emulator = await StartEmulatorAsync();
        emulator.SendText(User, "hi");
        var bot = Client(emulator);
        var data64 = new string('é', 32);
        var data65 = data64 + "x";
        Assert.Equal(65, Encoding.UTF8.GetByteCount(data65));

        await bot.SendMessage(User, "ok", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("b", data64)), cancellationToken: Ct);
        var ex = await Assert.ThrowsAsync<ApiRequestException>(() =>
            bot.SendMessage(User, "too long", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("b", data65)), cancellationToken: Ct));

        Assert.Equal(400, ex.ErrorCode);
        Assert.Equal("Bad Request: BUTTON_DATA_INVALID", ex.Message);
        Assert.Single(emulator.MessagesTo(User));
    }

    [Fact]
    public async Task SendMessage_LengthCountedAfterParsing_4096AcceptedAnd4097Rejected()
    {
        await using var emulator = await StartEmulatorAsync();
        emulator.SendText(User, "hi");
        var bot = Client(emulator);

        await bot.SendMessage(User, "<b>" + new string('a', 4096) + "</b>", ParseMode.Html, cancellationToken: Ct);
        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(User, new string('a', 4097), cancellationToken: Ct));

        Assert.Equal("Bad Request: message is too long", ex.Message);
    }

    [Fact]
    public async Task EditMessageText_NewText_ReturnsEditedMessageAndUpdatesStore()
    {
        await using var emulator = await StartEmulatorAsync();
        emulator.SendText(User, "hi");
        var bot = Client(emulator);
        var sent = await bot.SendMessage(User, "v1", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("b", "d")), cancellationToken: Ct);

        var edited = await bot.EditMessageText(User, sent.MessageId, "<i>v2</i>", ParseMode.Html, cancellationToken: Ct);

        Assert.Equal("v2", edited.Text);
        Assert.NotNull(edited.EditDate);
        var stored = Assert.Single(emulator.MessagesTo(User));
        Assert.Equal("<i>v2</i>", stored.Text);
        Assert.Equal(1, stored.Version);
        Assert.Empty(stored.InlineKeyboard);
    }

    [Fact]
    public async Task EditMessageText_SameContentAndMarkup_NotModified400()
    {
        await using var emulator = await StartEmulatorAsync();
        emulator.SendText(User, "hi");
        var bot = Client(emulator);
        var keyboard = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("b", "d"));
        var sent = await bot.SendMessage(User, "<b>same</b>", ParseMode.Html, replyMarkup: keyboard, cancellationToken: Ct);

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() =>
            bot.EditMessageText(User, sent.MessageId, "<strong>same</strong>", ParseMode.Html, replyMarkup: keyboard, cancellationToken: Ct));

        Assert.Equal(400, ex.ErrorCode);
        Assert.StartsWith("Bad Request: message is not modified: specified new message content and reply markup are exactly the same", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, Assert.Single(emulator.MessagesTo(User)).Version);
    }

    [Fact]
    public async Task EditMessageReplyMarkup_NewKeyboard_ButtonsReplaced()
    {
        await using var emulator = await StartEmulatorAsync();
        emulator.SendText(User, "hi");
        var bot = Client(emulator);
        var sent = await bot.SendMessage(User, "pick", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("A", "a")), cancellationToken: Ct);

        await bot.EditMessageReplyMarkup(User, sent.MessageId, new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("B", "b")), cancellationToken: Ct);

        var stored = Assert.Single(emulator.MessagesTo(User));
        Assert.Equal("pick", stored.Text);
        Assert.Equal(["b"], stored.CallbackData);
    }

    [Fact]
    public async Task DeleteMessage_Existing_RemovedThenSecondDeleteFails()
    {
        await using var emulator = await StartEmulatorAsync();
        emulator.SendText(User, "hi");
        var bot = Client(emulator);
        var sent = await bot.SendMessage(User, "temp", cancellationToken: Ct);

        await bot.DeleteMessage(User, sent.MessageId, Ct);
        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => bot.DeleteMessage(User, sent.MessageId, Ct));

        Assert.Empty(emulator.MessagesTo(User));
        Assert.Equal("Bad Request: message to delete not found", ex.Message);
    }

    [Fact]
    public async Task AnswerCallbackQuery_AfterPress_RecordedOnceThenTooOld()
    {
        await using var emulator = await StartEmulatorAsync();
        emulator.SendText(User, "hi");
        var bot = Client(emulator);
        var sent = await bot.SendMessage(User, "pick", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("A", "a")), cancellationToken: Ct);
        var pressId = emulator.PressButton(User, sent.MessageId, "a");
        var updates = await bot.GetUpdates(cancellationToken: Ct);
        var query = updates.Single(u => u.Id == pressId).CallbackQuery!;
        Assert.Equal("a", query.Data);
        Assert.Equal(sent.MessageId, query.Message!.MessageId);
        Assert.Equal(User, query.From.Id);

        await bot.AnswerCallbackQuery(query.Id, "Saved", cancellationToken: Ct);
        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => bot.AnswerCallbackQuery(query.Id, cancellationToken: Ct));

        var answer = Assert.Single(emulator.AnsweredCallbackQueries);
        Assert.Equal(new CallbackAnswer(emulator.CallbackQueryIdOf(pressId), pressId, "Saved", false, null), answer);
        Assert.Equal("Bad Request: query is too old and response timeout expired or query ID is invalid", ex.Message);
    }

    [Fact]
    public async Task AnswerCallbackQuery_UnknownId_400()
    {
        await using var emulator = await StartEmulatorAsync();

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => Client(emulator).AnswerCallbackQuery("12345", cancellationToken: Ct));

        Assert.Equal(400, ex.ErrorCode);
        Assert.Empty(emulator.AnsweredCallbackQueries);
    }

    [Fact]
    public async Task SendDocument_MultipartUpload_StoresNameAndBytes()
    {
        await using var emulator = await StartEmulatorAsync();
        emulator.SendText(User, "export");
        var bytes = Encoding.UTF8.GetBytes("question,answer\nq1,a1\n");
        using var stream = new MemoryStream(bytes);

        var sent = await Client(emulator).SendDocument(User, InputFile.FromStream(stream, "answers.csv"), caption: "Your <b>answers</b>", parseMode: ParseMode.Html, cancellationToken: Ct);

        Assert.Equal("answers.csv", sent.Document!.FileName);
        Assert.Equal(bytes.Length, sent.Document.FileSize);
        Assert.Equal("Your answers", sent.Caption);
        var stored = Assert.Single(emulator.MessagesTo(User));
        Assert.Equal("answers.csv", stored.Document!.FileName);
        Assert.Equal(bytes, stored.Document.Content.ToArray());
        Assert.Equal("Your <b>answers</b>", stored.Caption);
        Assert.Equal(["answers.csv"], emulator.Requests.Single(r => r.Method == "sendDocument").UploadedFileNames);
    }

    [Fact]
    public async Task SendDocument_CaptionOver1024_400()
    {
        await using var emulator = await StartEmulatorAsync();
        emulator.SendText(User, "export");
        using var stream = new MemoryStream([1, 2, 3]);

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() =>
            Client(emulator).SendDocument(User, InputFile.FromStream(stream, "a.bin"), caption: new string('c', 1025), cancellationToken: Ct));

        Assert.Equal("Bad Request: message caption is too long", ex.Message);
    }
}
