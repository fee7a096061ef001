using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using InterviewCoachBot.Emulators.Telegram;
using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewCoachBot.Adapters.Telegram.Tests;

/// <summary>The messenger against the emulator: rendering, limits, and every failure the Bot API can answer with.</summary>
public sealed class TelegramMessengerTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendAsync_TextWithMarkupCharacters_ArrivesAsLiteralText()
    {
        await using var fixture = await MessengerFixture.CreateAsync();
        var user = fixture.User(7);
        const string text = "Company: <b>Acme & Sons</b> </i> 1 < 2 && 3 > 2 &amp; <a href=\"x\">";

        var result = await fixture.RunAsync(() => fixture.Messenger.SendAsync(Chat(user), new Reply(text), Ct));

        Assert.IsType<SendResult.Sent>(result);
        var message = Assert.Single(fixture.Emulator.MessagesTo(user));
        Assert.Equal(text, message.PlainText);
        Assert.Equal("Html", message.ParseMode);
        Assert.DoesNotContain("<b>", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_TextOver4096_SplitOnParagraphsWithButtonsOnLastPart()
    {
        await using var fixture = await MessengerFixture.CreateAsync(overrides: new() { ["Telegram:ChatMessagesPerSecond"] = "50" });
        var user = fixture.User(7);
        var paragraphs = Enumerable.Range(1, 40).Select(i => $"Paragraph {i}: " + new string('x', 250) + " <&>").ToList();
        var text = string.Join("\n\n", paragraphs);
        var reply = new Reply(text, [[new ReplyButton("My interviews", ButtonData.Command("interviews"))]]);

        var result = await fixture.RunAsync(() => fixture.Messenger.SendAsync(Chat(user), reply, Ct));

        Assert.IsType<SendResult.Sent>(result);
        var parts = fixture.Emulator.MessagesTo(user);
        Assert.Equal(3, parts.Count);
        Assert.All(parts, part => Assert.InRange(part.PlainText!.Length, 1, 4096));
        Assert.All(parts, part => Assert.StartsWith("Paragraph ", part.PlainText, StringComparison.Ordinal));
        Assert.Equal(text, string.Join("\n\n", parts.Select(part => part.PlainText)));
        Assert.All(parts.SkipLast(1), part => Assert.Empty(part.InlineKeyboard));
        Assert.Equal("My interviews", Assert.Single(Assert.Single(parts[^1].InlineKeyboard)).Text);
    }

    [Fact]
    public async Task SendAsync_Buttons_CallbackDataCarriesOwnerAndFits64Bytes()
    {
        await using var fixture = await MessengerFixture.CreateAsync();
        var user = fixture.User(123456789);
        var longData = ButtonData.Answer("Acme Corporation International Holdings — Backend Platform Engineering");
        var reply = new Reply("Pick one", [[new ReplyButton("Short", "=email"), new ReplyButton("Long", longData)]]);

        await fixture.RunAsync(() => fixture.Messenger.SendAsync(Chat(user), reply, Ct));

        var data = Assert.Single(fixture.Emulator.MessagesTo(user)).CallbackData.ToList();
        Assert.Equal("21i3v9:=email", data[0]);
        Assert.StartsWith("21i3v9:#", data[1], StringComparison.Ordinal);
        Assert.All(data, d => Assert.InRange(Encoding.UTF8.GetByteCount(d), 1, 64));
        var codec = fixture.Services.GetService(typeof(CallbackDataCodec)) as CallbackDataCodec;
        Assert.Equal(longData, (await codec!.DecodeAsync(user, data[1], Ct)).Data);
    }

    [Fact]
    public async Task SendAsync_LongButtonData_IsDeletedWhenItsOwnerIsForgottenAndOnlyThen()
    {
        await using var fixture = await MessengerFixture.CreateAsync();
        var ann = fixture.User(123456789);
        var bob = fixture.User(987654321);
        var longData = ButtonData.Answer("Acme Corporation International Holdings — Backend Platform Engineering");
        var store = fixture.Services.GetRequiredService<IBotStore>();
        long annId;
        await using (var setup = await store.BeginAsync(Ct))
        {
            annId = (await setup.Users.CreateAsync(new UserRef(TelegramPlatform.Name, "123456789"), "UTC", DateTimeOffset.UnixEpoch, Ct)).Id;
            await setup.Users.CreateAsync(new UserRef(TelegramPlatform.Name, "987654321"), "UTC", DateTimeOffset.UnixEpoch, Ct);
            await setup.CommitAsync(Ct);
        }

        foreach (var user in new[] { ann, bob })
        {
            await fixture.RunAsync(() => fixture.Messenger.SendAsync(Chat(user), new Reply("Pick one", [[new ReplyButton("Long", longData)]]), Ct));
        }

        await using (var forget = await store.BeginAsync(Ct))
        {
            await forget.Users.DeleteAsync(annId, Ct);
            await forget.CommitAsync(Ct);
        }

        var codec = fixture.Services.GetRequiredService<CallbackDataCodec>();
        var annPress = await codec.DecodeAsync(ann, Assert.Single(fixture.Emulator.MessagesTo(ann)).CallbackData.Single(), Ct);
        var bobPress = await codec.DecodeAsync(bob, Assert.Single(fixture.Emulator.MessagesTo(bob)).CallbackData.Single(), Ct);
        Assert.Equal(CallbackVerdict.Expired, annPress);
        Assert.Equal(longData, bobPress.Data);
    }

    [Fact]
    public async Task SendAsync_Document_SentAfterText()
    {
        await using var fixture = await MessengerFixture.CreateAsync();
        var user = fixture.User(7);
        var content = Encoding.UTF8.GetBytes("company,role\nAcme,Dev\n");
        var reply = new Reply("Your export") { Document = new ReplyDocument("interviews.csv", "text/csv", content) };

        var result = await fixture.RunAsync(() => fixture.Messenger.SendAsync(Chat(user), reply, Ct));

        Assert.IsType<SendResult.Sent>(result);
        var messages = fixture.Emulator.MessagesTo(user);
        Assert.Equal("Your export", messages[0].PlainText);
        Assert.Equal("interviews.csv", messages[1].Document!.FileName);
        Assert.Equal(content, messages[1].Document!.Content.ToArray());
    }

    [Fact]
    public async Task DeliverAsync_ReplacesPressedMessage_EditsItAndTreatsNotModifiedAsSuccess()
    {
        await using var fixture = await MessengerFixture.CreateAsync();
        var user = fixture.User(7);
        await fixture.RunAsync(() => fixture.Messenger.SendAsync(Chat(user), new Reply("Checklist: [ ] research"), Ct));
        var pressed = (int)Assert.Single(fixture.Emulator.MessagesTo(user)).MessageId;
        var ticked = new Reply("Checklist: [x] research", [[new ReplyButton("Undo", "=undo")]]) { ReplacesPressedMessage = true };

        var first = await fixture.RunAsync(() => fixture.Messenger.DeliverAsync(Chat(user), ticked, pressed, Ct));
        var again = await fixture.RunAsync(() => fixture.Messenger.DeliverAsync(Chat(user), ticked, pressed, Ct));

        Assert.IsType<SendResult.Sent>(first);
        Assert.IsType<SendResult.Sent>(again);
        var message = Assert.Single(fixture.Emulator.MessagesTo(user));
        Assert.Equal("Checklist: [x] research", message.PlainText);
        Assert.Equal(1, message.Version);
        Assert.Contains(fixture.Emulator.Requests, r => r.Method == "editMessageText" && r.StatusCode == 400);
    }

    [Fact]
    public async Task SendDirectAsync_UserId_SendsToTheirPrivateChat()
    {
        await using var fixture = await MessengerFixture.CreateAsync();
        var user = fixture.User(99);

        var result = await fixture.RunAsync(() => fixture.AsPort.SendDirectAsync("99", new Reply("Time to send your thank-you note."), Ct));

        Assert.IsType<SendResult.Sent>(result);
        Assert.Equal("telegram", fixture.AsPort.Platform);
        Assert.Equal("Time to send your thank-you note.", Assert.Single(fixture.Emulator.MessagesTo(user)).PlainText);
    }

    [Fact]
    public async Task SendAsync_Blocked_UnreachableWithoutRetry()
    {
        await using var fixture = await MessengerFixture.CreateAsync();
        var user = fixture.User(7);
        fixture.Emulator.BlockBot(user);

        var result = await fixture.RunAsync(() => fixture.Messenger.SendAsync(Chat(user), new Reply("Reminder"), Ct));

        var unreachable = Assert.IsType<SendResult.Unreachable>(result);
        Assert.Contains("blocked", unreachable.Reason, StringComparison.Ordinal);
        Assert.Single(fixture.Emulator.Requests, r => r.Method == "sendMessage");
    }

    [Fact]
    public async Task SendAsync_TooManyRequestsBurst_NoMessageLostAndNothingToThatChatBeforeRetryAfter()
    {
        var time = new TestClock(Start);
        await using var fixture = await MessengerFixture.CreateAsync(time);
        var ann = fixture.User(1);
        var bob = fixture.User(2);
        fixture.Emulator.FailNext("sendMessage", TelegramFault.TooManyRequests(3), times: 3);

        // Each chat's messages go one after another (as a conversation's do); the two chats run side by side.
        var results = await time.DriveAllAsync(() => SendInTurnAsync(fixture, ann, 6), () => SendInTurnAsync(fixture, bob, 6));

        Assert.All(results.SelectMany(r => r), result => Assert.IsType<SendResult.Sent>(result));
        Assert.Equal(6, fixture.Emulator.MessagesTo(ann).Count);
        Assert.Equal(6, fixture.Emulator.MessagesTo(bob).Count);
        var requests = fixture.Emulator.Requests.Where(r => r.Method == "sendMessage").ToList();
        var limited = requests.Where(r => r.StatusCode == 429).ToList();
        Assert.Equal(3, limited.Count);
        foreach (var refusal in limited)
        {
            var next = requests.Where(r => ChatOf(r) == ChatOf(refusal) && r.Sequence > refusal.Sequence).MinBy(r => r.ReceivedAt);
            Assert.NotNull(next);
            Assert.True(next.ReceivedAt - refusal.ReceivedAt >= TimeSpan.FromSeconds(3), $"Chat {ChatOf(refusal)} was retried after {next.ReceivedAt - refusal.ReceivedAt}.");
            TestContext.Current.TestOutputHelper?.WriteLine($"429 retry_after 3 s: chat {ChatOf(refusal)} retried after {(next.ReceivedAt - refusal.ReceivedAt).TotalSeconds:F1} s");
        }
    }

    [Fact]
    public async Task SendAsync_ManyToOneChat_PacedToTheChatLimitAfterTheBurst()
    {
        var time = new TestClock(Start);
        await using var fixture = await MessengerFixture.CreateAsync(time);
        var user = fixture.User(7);

        await time.DriveAsync(() => SendInTurnAsync(fixture, user, 6));

        var times = fixture.Emulator.Requests.Where(r => r.Method == "sendMessage").Select(r => r.ReceivedAt).Order().ToList();
        Assert.Equal(6, times.Count);
        Assert.True(times[2] - times[0] < TimeSpan.FromSeconds(1), "the burst of 3 goes out at once");
        Assert.True(times[5] - times[0] >= TimeSpan.FromSeconds(3), $"then 1/s: the 6th went out after {times[5] - times[0]}");
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    public async Task SendAsync_ServerErrorsThenSuccess_SentOnce(int status)
    {
        var time = new TestClock(Start);
        await using var fixture = await MessengerFixture.CreateAsync(time);
        var user = fixture.User(7);
        fixture.Emulator.FailNext("sendMessage", TelegramFault.ServerError(status), times: 2);

        var result = await time.DriveAsync(() => fixture.Messenger.SendAsync(Chat(user), new Reply("hello"), Ct));

        Assert.IsType<SendResult.Sent>(result);
        Assert.Single(fixture.Emulator.MessagesTo(user));
        Assert.Equal(3, fixture.Emulator.Requests.Count(r => r.Method == "sendMessage"));
    }

    [Fact]
    public async Task SendAsync_ServerErrorEveryAttempt_FailedAfterBoundedAttempts()
    {
        var time = new TestClock(Start);
        await using var fixture = await MessengerFixture.CreateAsync(time);
        var user = fixture.User(7);
        fixture.Emulator.FailNext("sendMessage", TelegramFault.ServerError(503), times: 100);

        var result = await time.DriveAsync(() => fixture.Messenger.SendAsync(Chat(user), new Reply("hello"), Ct));

        Assert.IsType<SendResult.Failed>(result);
        Assert.Equal(4, fixture.Emulator.Requests.Count(r => r.Method == "sendMessage"));
        var gaps = fixture.Emulator.Requests.Where(r => r.Method == "sendMessage").Select(r => r.ReceivedAt).Order().Pairwise().ToList();
        Assert.All(gaps, gap => Assert.True(gap >= TimeSpan.FromMilliseconds(100), $"backoff {gap}"));
    }

    [Fact]
    public async Task SendAsync_ConnectionDroppedBeforeEffect_RetriedAndSentOnce()
    {
        var time = new TestClock(Start);
        await using var fixture = await MessengerFixture.CreateAsync(time);
        var user = fixture.User(7);
        fixture.Emulator.FailNext("sendMessage", TelegramFault.DropConnectionBeforeEffect, times: 2);

        var result = await time.DriveAsync(() => fixture.Messenger.SendAsync(Chat(user), new Reply("hello"), Ct));

        Assert.IsType<SendResult.Sent>(result);
        Assert.Single(fixture.Emulator.MessagesTo(user));
    }

    [Fact]
    public async Task SendAsync_ConnectionDroppedAfterEffect_SentWithAtMostOneDuplicate()
    {
        var time = new TestClock(Start);
        await using var fixture = await MessengerFixture.CreateAsync(time);
        var user = fixture.User(7);
        fixture.Emulator.FailNext("sendMessage", TelegramFault.DropConnectionAfterEffect);

        var result = await time.DriveAsync(() => fixture.Messenger.SendAsync(Chat(user), new Reply("hello"), Ct));

        Assert.IsType<SendResult.Sent>(result);
        Assert.Equal(2, fixture.Emulator.MessagesTo(user).Count);
    }

    [Fact]
    public async Task SendAsync_ServerSlowerThanRequestTimeout_TimesOutAndRetries()
    {
        var time = new TestClock(Start);
        await using var fixture = await MessengerFixture.CreateAsync(time);
        var user = fixture.User(7);
        fixture.Emulator.FailNext("sendMessage", TelegramFault.Delay(TimeSpan.FromMinutes(10)));

        var result = await time.DriveAsync(() => fixture.Messenger.SendAsync(Chat(user), new Reply("hello"), Ct), limit: TimeSpan.FromMinutes(1));

        Assert.IsType<SendResult.Sent>(result);
        Assert.Single(fixture.Emulator.MessagesTo(user));
        Assert.Contains(fixture.Logs.Lines, line => line.EventId.Id == 3010 && line.Message.Contains("timed out", StringComparison.Ordinal));
    }

    private static async Task<List<SendResult>> SendInTurnAsync(MessengerFixture fixture, long chat, int count)
    {
        var results = new List<SendResult>();
        for (var i = 1; i <= count; i++)
        {
            results.Add(await fixture.Messenger.SendAsync(Chat(chat), new Reply($"{chat}: message {i}"), Ct));
        }

        return results;
    }

    private static string Chat(long user) => user.ToString(CultureInfo.InvariantCulture);

    private static string? ChatOf(RecordedRequest request) => JsonNode.Parse(request.BodyJson)?["chat_id"]?.ToString();
}
