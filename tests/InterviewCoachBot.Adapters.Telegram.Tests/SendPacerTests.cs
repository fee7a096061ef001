using Microsoft.Extensions.Options;

namespace InterviewCoachBot.Adapters.Telegram.Tests;

public sealed class SendPacerTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task WaitTurnAsync_SixtyChats_ThirtyAtOnceThenThirtyPerSecond()
    {
        var time = new TestClock(Start);
        var pacer = new SendPacer(time, Options.Create(new TelegramOptions()));

        var turns = await time.DriveAsync(() => TakeTurnsAsync(pacer, time, Enumerable.Range(1, 60).Select(i => $"chat{i}")));

        Assert.Equal(30, turns.Count(t => t == Start));
        Assert.InRange(turns[^1] - Start, TimeSpan.FromSeconds(0.95), TimeSpan.FromSeconds(1.1));
    }

    [Fact]
    public async Task Pause_AfterTooManyRequests_NoTurnForThatChatBeforeRetryAfter()
    {
        var time = new TestClock(Start);
        var pacer = new SendPacer(time, Options.Create(new TelegramOptions()));
        pacer.Pause("7", TimeSpan.FromSeconds(5));

        var turns = await time.DriveAsync(() => TakeTurnsAsync(pacer, time, ["8", "7"]));

        Assert.Equal(Start, turns[0]);
        Assert.True(turns[1] >= Start.AddSeconds(5), $"chat 7 got a turn at {turns[1] - Start}");
    }

    private static async Task<List<DateTimeOffset>> TakeTurnsAsync(SendPacer pacer, TimeProvider time, IEnumerable<string> chats)
    {
        var turns = new List<DateTimeOffset>();
        foreach (var chat in chats)
        {
            await pacer.WaitTurnAsync(chat, TestContext.Current.CancellationToken);
            turns.Add(time.GetUtcNow());
        }

        return turns;
    }
}
