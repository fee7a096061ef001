using InterviewCoachBot.Emulators.Telegram;

namespace InterviewCoachBot.Adapters.Telegram.Tests;

/// <summary>The token sits in every request URL; no log line, at any level, in any category, may carry it.</summary>
[Collection(ProcessExitCodeGroup.Name)]
public sealed class TokenRedactionTests
{
    private const long Ann = 2001;

    [Fact]
    public async Task FullRun_WithServerErrorsTimeoutsRateLimitsAndRevokedToken_TokenInNoLogLine()
    {
        await using var bot = await TelegramTestBot.CreateAsync(new() { ["Telegram:RequestTimeout"] = "00:00:01" });
        bot.Emulator.FailNext("getMe", TelegramFault.ServerError(502));
        bot.Emulator.FailNext("getUpdates", TelegramFault.DropConnectionBeforeEffect);
        await bot.StartAsync();

        bot.Emulator.FailNext("sendMessage", TelegramFault.ServerError(500));
        bot.Emulator.FailNext("sendMessage", TelegramFault.TooManyRequests(1));
        bot.Emulator.FailNext("sendMessage", TelegramFault.DropConnectionAfterEffect);
        bot.Emulator.FailNext("sendMessage", TelegramFault.Delay(TimeSpan.FromSeconds(3)));
        await bot.SayAsync(Ann, "/help");
        await bot.SayAsync(Ann, "/interview", m => m.PlainText!.Contains("company", StringComparison.OrdinalIgnoreCase));
        bot.Emulator.BlockBot(Ann);
        bot.Emulator.SendText(Ann, "/cancel");
        await bot.Emulator.WaitForRequestAsync(r => r.StatusCode == 403, TelegramTestBot.Wait);
        bot.Emulator.RejectToken();
        await bot.WaitForStopRequestAsync();
        Environment.ExitCode = 0;
        await bot.StopAsync();

        var lines = bot.Logs.Lines;
        var secret = TelegramTestBot.Token[(TelegramTestBot.Token.IndexOf(':', StringComparison.Ordinal) + 1)..];
        Assert.Contains(lines, line => line.Exception is not null);
        Assert.Contains(lines, line => line.EventId.Id == 3001);
        Assert.Contains(lines, line => line.EventId.Id == 3009);
        Assert.Contains(lines, line => line.Message.Contains("timed out", StringComparison.Ordinal));
        Assert.True(lines.Count > 20, $"only {lines.Count} lines were captured");
        Assert.DoesNotContain(lines, line => line.ToString().Contains(secret, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.ToString().Contains("/bot123456", StringComparison.Ordinal));
    }
}
