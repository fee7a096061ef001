using System.Net.Http.Json;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using static InterviewCoachBot.Emulators.Telegram.Tests.TestBots;

namespace InterviewCoachBot.Emulators.Telegram.Tests;

/// <summary>Seeded fault schedules: the same seed and request count give the same faults; each fault is what Telegram does.</summary>
public sealed class FaultScheduleTests
{
    private const long User = 99;

    [Fact]
    public void Next_SameSeed_SameFaultsInTheSameOrder()
    {
        var first = Draw(new TelegramFaultSchedule(7), 400);
        var again = Draw(new TelegramFaultSchedule(7), 400);
        var other = Draw(new TelegramFaultSchedule(8), 400);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        foreach (var kind in new[] { "TooManyRequests", "ServerError", "Timeout", "DropConnectionBeforeEffect", "DropConnectionAfterEffect", "none" })
        {
            Assert.Contains(kind, first);
        }
    }

    [Fact]
    public async Task SendMessage_RateLimitBurst_429WithRetryAfterForTheWholeBurst()
    {
        await using var emulator = await StartEmulatorAsync();
        emulator.SendText(User, "hi");
        emulator.UseFaultSchedule(new TelegramFaultSchedule(1) { RateLimitBurstChance = 1, RateLimitBurstLength = 2, RetryAfterSeconds = 4 });
        var bot = Client(emulator);

        var first = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(User, "a", cancellationToken: Ct));
        var second = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(User, "b", cancellationToken: Ct));

        Assert.Equal((429, 4, 429, 4), (first.ErrorCode, first.Parameters!.RetryAfter, second.ErrorCode, second.Parameters!.RetryAfter));
        Assert.Empty(emulator.MessagesTo(User));
    }

    [Fact]
    public async Task SendMessage_Timeout_NeverAnsweredAndNothingSent()
    {
        await using var emulator = await StartEmulatorAsync();
        emulator.SendText(User, "hi");
        emulator.UseFaultSchedule(new TelegramFaultSchedule(1) { RateLimitBurstChance = 0, ServerErrorChance = 0, TimeoutChance = 1 });
        // Long enough for the request to reach the emulator on a busy machine; the emulator never answers it.
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };

        await Assert.ThrowsAsync<TaskCanceledException>(() => http.PostAsJsonAsync(
            new Uri(emulator.BaseUrl, $"/bot{Token}/sendMessage"), new { chat_id = User, text = "a" }, Ct));
        var recorded = await emulator.WaitForRequestAsync(r => r.Method == "sendMessage", TimeSpan.FromSeconds(30));

        Assert.Equal((0, TelegramFaultKind.Timeout), (recorded.StatusCode, recorded.Fault));
        Assert.Empty(emulator.MessagesTo(User));
    }

    [Fact]
    public async Task SendMessage_DroppedAfterEffect_ClientSeesAFailureButTheMessageArrived()
    {
        await using var emulator = await StartEmulatorAsync();
        emulator.SendText(User, "hi");
        emulator.UseFaultSchedule(new TelegramFaultSchedule(1)
        {
            RateLimitBurstChance = 0, ServerErrorChance = 0, TimeoutChance = 0, DropBeforeEffectChance = 0, DropAfterEffectChance = 1,
        });
        var bot = Client(emulator);

        await Assert.ThrowsAnyAsync<RequestException>(() => bot.SendMessage(User, "nudge", cancellationToken: Ct));

        Assert.Equal("nudge", Assert.Single(emulator.MessagesTo(User)).Text);
        Assert.Equal(TelegramFaultKind.DropConnectionAfterEffect, Assert.Single(emulator.Requests, r => r.Method == "sendMessage").Fault);
    }

    [Fact]
    public async Task SendMessage_TakesEffectAfterTheClientTimedOut_RecordedAsAcceptedButUnanswered()
    {
        await using var emulator = await StartEmulatorAsync();
        emulator.SendText(User, "hi");
        emulator.FailNext("sendMessage", TelegramFault.Delay(TimeSpan.FromSeconds(5)));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };

        await Assert.ThrowsAsync<TaskCanceledException>(() => http.PostAsJsonAsync(
            new Uri(emulator.BaseUrl, $"/bot{Token}/sendMessage"), new { chat_id = User, text = "a" }, Ct));
        var recorded = await emulator.WaitForRequestAsync(r => r.Method == "sendMessage", TimeSpan.FromSeconds(30));

        Assert.True(recorded.AcceptedButUnanswered, recorded.ToString());
        Assert.Equal("a", Assert.Single(emulator.MessagesTo(User)).Text);
    }

    [Fact]
    public async Task GetMe_MethodNotScheduled_ServedNormally()
    {
        await using var emulator = await StartEmulatorAsync();
        var schedule = new TelegramFaultSchedule(1) { RateLimitBurstChance = 0, ServerErrorChance = 1 };
        emulator.UseFaultSchedule(schedule);

        var me = await Client(emulator).GetMe(Ct);

        Assert.Equal(emulator.BotId, me.Id);
        Assert.Equal(0, schedule.RequestCount);
    }

    private static List<string> Draw(TelegramFaultSchedule schedule, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => schedule.Next("sendMessage")?.Kind.ToString() ?? "none")];
}
