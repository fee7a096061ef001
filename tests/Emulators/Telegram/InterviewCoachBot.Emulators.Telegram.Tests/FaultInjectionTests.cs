using Telegram.Bot;
using Telegram.Bot.Exceptions;
using static InterviewCoachBot.Emulators.Telegram.Tests.TestBots;

namespace InterviewCoachBot.Emulators.Telegram.Tests;

/// <summary>Injected faults and token rejection, seen through Telegram.Bot.</summary>
public sealed class FaultInjectionTests
{
    private const long User = 99;

    [Fact]
    public async Task FailNext_TooManyRequests_SurfacesRetryAfterThenSucceeds()
    {
        await using var emulator = await StartEmulatorAsync();
        emulator.SendText(User, "hi");
        emulator.FailNext("sendMessage", TelegramFault.TooManyRequests(7));
        var bot = Client(emulator);

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(User, "nudge", cancellationToken: Ct));
        Assert.Empty(emulator.MessagesTo(User));
        await bot.SendMessage(User, "nudge", cancellationToken: Ct);

        Assert.Equal(429, ex.ErrorCode);
        Assert.Equal("Too Many Requests: retry after 7", ex.Message);
        Assert.Equal(7, ex.Parameters!.RetryAfter);
        Assert.Single(emulator.MessagesTo(User));
        Assert.Equal([429, 200], emulator.Requests.Where(r => r.Method == "sendMessage").Select(r => r.StatusCode));
    }

    [Fact]
    public async Task FailNext_BlockedTwice_Forbidden403TwiceThenOk()
    {
        await using var emulator = await StartEmulatorAsync();
        emulator.SendText(User, "hi");
        emulator.FailNext("SENDMESSAGE", TelegramFault.Blocked, times: 2);
        var bot = Client(emulator);

        var first = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(User, "a", cancellationToken: Ct));
        var second = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(User, "b", cancellationToken: Ct));
        await bot.SendMessage(User, "c", cancellationToken: Ct);

        Assert.Equal((403, "Forbidden: bot was blocked by the user"), (first.ErrorCode, first.Message));
        Assert.Equal(403, second.ErrorCode);
        Assert.Equal("c", Assert.Single(emulator.MessagesTo(User)).Text);
    }

    [Fact]
    public async Task Request_WrongToken_Unauthorized401()
    {
        await using var emulator = await StartEmulatorAsync();

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => Client(emulator, "654321:WRONG").GetMe(Ct));

        Assert.Equal(401, ex.ErrorCode);
        Assert.Equal("Unauthorized", ex.Message);
    }

    [Fact]
    public async Task RejectToken_RightToken_Unauthorized401UntilAccepted()
    {
        await using var emulator = await StartEmulatorAsync();
        var bot = Client(emulator);

        emulator.RejectToken();
        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => bot.GetMe(Ct));
        emulator.AcceptToken();

        Assert.Equal(401, ex.ErrorCode);
        Assert.True((await bot.GetMe(Ct)).IsBot);
    }

    [Fact]
    public async Task FailNext_ServerError500_ApiRequestExceptionNoEffect()
    {
        await using var emulator = await StartEmulatorAsync();
        emulator.SendText(User, "hi");
        emulator.FailNext("sendMessage", TelegramFault.ServerError());

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => Client(emulator).SendMessage(User, "x", cancellationToken: Ct));

        Assert.Equal(500, ex.ErrorCode);
        Assert.Empty(emulator.MessagesTo(User));
    }

    [Fact]
    public async Task FailNext_BadGateway502_HtmlBodySurfacesAsRequestException()
    {
        await using var emulator = await StartEmulatorAsync();
        emulator.SendText(User, "hi");
        emulator.FailNext("*", TelegramFault.ServerError(502));

        var ex = await Assert.ThrowsAnyAsync<RequestException>(() => Client(emulator).SendMessage(User, "x", cancellationToken: Ct));

        Assert.IsNotType<ApiRequestException>(ex);
        Assert.Empty(emulator.MessagesTo(User));
    }

    [Fact]
    public async Task FailNext_DropConnectionBeforeEffect_ClientFailsNothingStored()
    {
        await using var emulator = await StartEmulatorAsync();
        emulator.SendText(User, "hi");
        emulator.FailNext("sendMessage", TelegramFault.DropConnectionBeforeEffect);

        await Assert.ThrowsAnyAsync<Exception>(() => Client(emulator).SendMessage(User, "x", cancellationToken: Ct));

        var request = await emulator.WaitForRequestAsync(r => r.Method == "sendMessage", Wait);
        Assert.Equal((0, TelegramFaultKind.DropConnectionBeforeEffect), (request.StatusCode, request.Fault));
        Assert.Empty(emulator.MessagesTo(User));
    }

    [Fact]
    public async Task FailNext_DropConnectionAfterEffect_ClientFailsButMessageStored()
    {
        await using var emulator = await StartEmulatorAsync();
        emulator.SendText(User, "hi");
        emulator.FailNext("sendMessage", TelegramFault.DropConnectionAfterEffect);

        await Assert.ThrowsAnyAsync<Exception>(() => Client(emulator).SendMessage(User, "ambiguous", cancellationToken: Ct));

        Assert.Equal("ambiguous", Assert.Single(emulator.MessagesTo(User)).Text);
        Assert.Equal(TelegramFaultKind.DropConnectionAfterEffect, emulator.Requests.Single(r => r.Method == "sendMessage").Fault);
    }

    [Fact]
    public async Task FailNext_CutAnswerAfterEffect_ClientSeesStatus200ButNoResultAndMessageStored()
    {
        await using var emulator = await StartEmulatorAsync();
        emulator.SendText(User, "hi");
        emulator.FailNext("sendMessage", TelegramFault.CutAnswerAfterEffect);

        var ex = await Assert.ThrowsAsync<RequestException>(() => Client(emulator).SendMessage(User, "cut", cancellationToken: Ct));

        Assert.Equal(System.Net.HttpStatusCode.OK, ex.HttpStatusCode);
        Assert.Equal("cut", Assert.Single(emulator.MessagesTo(User)).Text);
        Assert.True(emulator.Requests.Single(r => r.Method == "sendMessage").AcceptedButUnanswered);
    }

    [Fact]
    public async Task FailNext_DelayPastClientTimeout_ClientTimesOutButMessageStored()
    {
        await using var emulator = await StartEmulatorAsync();
        emulator.SendText(User, "hi");
        emulator.FailNext("sendMessage", TelegramFault.Delay(TimeSpan.FromSeconds(2)));
        var bot = Client(emulator);
        bot.Timeout = TimeSpan.FromMilliseconds(300);

        await Assert.ThrowsAnyAsync<Exception>(() => bot.SendMessage(User, "late", cancellationToken: Ct));
        var stored = await emulator.WaitForMessageAsync(User, m => m.Text == "late", Wait);

        Assert.Equal(0, stored.Version);
    }
}
