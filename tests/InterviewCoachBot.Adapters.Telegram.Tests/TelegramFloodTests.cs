using System.Globalization;
using InterviewCoachBot.Engine.Pacing;
using Microsoft.Extensions.Time.Testing;

namespace InterviewCoachBot.Adapters.Telegram.Tests;

/// <summary>
/// The per-user rate limit end to end on the emulator. The clock is fake and stands still until a test moves it, so
/// "answered without waiting for the flood" is shown by what was answered before any time passed.
/// </summary>
public sealed class TelegramFloodTests
{
    private const long Ann = 2001;
    private const long Bob = 2002;
    private const int Burst = 10;

    private static readonly DateTimeOffset Start = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A burst of ten, then ten a second; chats may get twenty messages a second, so sends never wait long.</summary>
    private static readonly Dictionary<string, string?> Limits = new()
    {
        ["RateLimit:Burst"] = "10",
        ["RateLimit:MessagesPerMinute"] = "600",
        ["Telegram:ChatBurst"] = "20",
    };

    [Fact]
    public async Task Flood_200FromOneUser_AppliedOnceInOrderWithOneNoteWhileAnotherUserIsAnswered()
    {
        var time = new FakeTimeProvider(Start);
        await using var bot = await TelegramTestBot.CreateAsync(Limits, time: time);
        for (var i = 1; i <= 100; i++)
        {
            bot.Emulator.SendText(Ann, AddInterview(i));
        }

        bot.Emulator.SendText(Bob, AddInterview(1));
        for (var i = 101; i <= 200; i++)
        {
            bot.Emulator.SendText(Ann, AddInterview(i));
        }

        // Parked in a long poll: every update was taken in (and confirmed), with no time passing.
        await bot.StartAsync();
        var bobSaved = Assert.Single(Saved(bot, Bob));
        var annBeforeTime = Saved(bot, Ann).Count;
        var confirmed = bot.Emulator.ConfirmedOffset;
        await AdvanceUntilAsync(bot, time, () => Saved(bot, Ann).Count == 200);

        Assert.StartsWith(SavedText(1), bobSaved, StringComparison.Ordinal);
        Assert.InRange(annBeforeTime, 1, Burst);
        Assert.True(confirmed > bot.Emulator.DeliveredUpdateIds.Max(), "every update was confirmed before the flood was applied");
        var saved = Saved(bot, Ann);
        Assert.All(saved, (text, index) => Assert.StartsWith(SavedText(index + 1) + "\n\n#" + (index + 1) + " " + Company(index + 1), text, StringComparison.Ordinal));
        Assert.Single(bot.Emulator.MessagesTo(Ann), message => message.PlainText == InboundPacer.SlowDown);
        Assert.DoesNotContain(bot.Emulator.MessagesTo(Bob), message => message.PlainText == InboundPacer.SlowDown);
    }

    [Fact]
    public async Task Flood_TenWithinOneSecond_AllAnsweredWithoutNote()
    {
        var time = new FakeTimeProvider(Start);
        await using var bot = await TelegramTestBot.CreateAsync(Limits, time: time);
        await bot.StartAsync();

        for (var i = 1; i <= 10; i++)
        {
            await bot.SayAsync(Ann, AddInterview(i), message => message.PlainText!.StartsWith(SavedText(i), StringComparison.Ordinal));
            time.Advance(TimeSpan.FromMilliseconds(100));
        }

        Assert.Equal(10, Saved(bot, Ann).Count);
        Assert.DoesNotContain(bot.Emulator.MessagesTo(Ann), message => message.PlainText == InboundPacer.SlowDown);
    }

    [Fact]
    public async Task Burst_TenAtOnceIntoAPacedChat_OtherUserAnsweredFirstAndAllTenWithoutNote()
    {
        var time = new FakeTimeProvider(Start);
        var settings = new Dictionary<string, string?>(Limits)
        {
            ["Telegram:ChatMessagesPerSecond"] = "1",
            ["Telegram:ChatBurst"] = "3",
        };
        await using var bot = await TelegramTestBot.CreateAsync(settings, time: time);
        for (var i = 1; i <= 10; i++)
        {
            bot.Emulator.SendText(Ann, AddInterview(i));
        }

        bot.Emulator.SendText(Bob, AddInterview(1));

        // No time passes, so Ann's chat can take only its burst: her other updates wait in her lane, not in the poll loop.
        await bot.StartAsync();
        var bobSaved = Assert.Single(Saved(bot, Bob));
        await AdvanceUntilAsync(bot, time, () => Saved(bot, Ann).Count == 10);

        Assert.StartsWith(SavedText(1), bobSaved, StringComparison.Ordinal);
        Assert.All(Saved(bot, Ann), (text, index) => Assert.StartsWith(SavedText(index + 1), text, StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Emulator.MessagesTo(Ann), message => message.PlainText == InboundPacer.SlowDown);
    }

    [Fact]
    public async Task Restart_MidFlood_EveryUpdateAppliedOnceInOrder()
    {
        var time = new FakeTimeProvider(Start);
        await using var bot = await TelegramTestBot.CreateAsync(Limits, time: time);
        for (var i = 1; i <= 60; i++)
        {
            bot.Emulator.SendText(Ann, AddInterview(i));
        }

        await bot.StartAsync();
        await AdvanceUntilAsync(bot, time, () => Saved(bot, Ann).Count >= Burst + 10);
        await bot.StopAsync();
        var beforeRestart = Saved(bot, Ann).Count;
        await bot.StartAsync();
        await AdvanceUntilAsync(bot, time, () => Saved(bot, Ann).Select(Number).Distinct().Count() == 60);
        var list = await bot.SayAsync(Ann, "/interviews", message => message.PlainText!.StartsWith("Your interviews", StringComparison.Ordinal));

        Assert.True(beforeRestart < 60, "the restart came in the middle of the flood");
        Assert.StartsWith("Your interviews (60):", list.PlainText, StringComparison.Ordinal);
        var numbers = Saved(bot, Ann).Select(Number).ToList();
        Assert.Equal(Enumerable.Range(1, 60), numbers.Distinct());

        // A reply sent just as the host stopped, before it was marked delivered, may be sent once more at start-up.
        Assert.InRange(numbers.Count, 60, 61);
    }

    /// <summary>
    /// Moves the fake clock a second at a time (ten more messages of the flood each) until <paramref name="done"/>. A step
    /// waits for the next message only briefly, because the bot may not have armed its timer yet when the clock moves.
    /// </summary>
    private static async Task AdvanceUntilAsync(TelegramTestBot bot, FakeTimeProvider time, Func<bool> done)
    {
        for (var step = 0; !done(); step++)
        {
            Assert.True(step < 10_000, "the flood was never applied");
            var after = bot.LastMessageId(Ann);
            time.Advance(TimeSpan.FromSeconds(1));
            try
            {
                await bot.Emulator.WaitForMessageAsync(Ann, message => message.MessageId > after, TimeSpan.FromMilliseconds(100));
            }
            catch (TimeoutException)
            {
                // Nothing yet: move the clock again.
            }
        }
    }

    private static List<string> Saved(TelegramTestBot bot, long user) =>
        [.. bot.Emulator.MessagesTo(user).Select(message => message.PlainText ?? string.Empty).Where(text => text.StartsWith("Saved interview #", StringComparison.Ordinal))];

    private static int Number(string saved) =>
        int.Parse(saved.AsSpan("Saved interview #".Length, saved.IndexOf('.', StringComparison.Ordinal) - "Saved interview #".Length), CultureInfo.InvariantCulture);

    private static string AddInterview(int number) => $"/interview {Company(number)} | Dev | Dana | tomorrow 10:00 | email";

    private static string Company(int number) => string.Create(CultureInfo.InvariantCulture, $"C{number:D3}");

    private static string SavedText(int number) => string.Create(CultureInfo.InvariantCulture, $"Saved interview #{number}.");
}
