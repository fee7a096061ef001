using System.Globalization;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Pacing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace InterviewCoachBot.Engine.Tests.Pacing;

/// <summary>The per-user abuse limit at the engine's entry, on a real SQLite file and a fake clock.</summary>
public sealed class InboundPacerTests
{
    private const int Burst = 20;

    /// <summary>Ten a second once the burst is spent: few clock steps to drain a flood.</summary>
    private static readonly Dictionary<string, string?> Limits = new()
    {
        ["RateLimit:Burst"] = "20",
        ["RateLimit:MessagesPerMinute"] = "600",
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TakeIn_TenMessagesWithinOneSecond_AllAnsweredAtOnceWithoutNote()
    {
        var log = new AnswerLog();
        await using var bot = Start(log);

        for (var i = 1; i <= 10; i++)
        {
            await Lane(bot).ReceiveAsync(Pacer(bot), AddInterview("ann", i));
            bot.Time.Advance(TimeSpan.FromMilliseconds(100));
        }

        var saved = SavedTo(log, "ann");
        Assert.Equal(10, saved.Count);
        Assert.All(saved, (answer, index) => Assert.StartsWith(Saved(index + 1), answer, StringComparison.Ordinal));
        Assert.DoesNotContain(InboundPacer.SlowDown, log.To("ann"));
    }

    [Fact]
    public async Task TakeIn_FloodOf200_AppliedOnceInOrderWithOneNoteAndOthersNotKeptWaiting()
    {
        var log = new AnswerLog();
        await using var bot = Start(log);

        for (var i = 1; i <= 100; i++)
        {
            await Lane(bot).ReceiveAsync(Pacer(bot), AddInterview("ann", i));
        }

        await Lane(bot).ReceiveAsync(Pacer(bot), AddInterview("bob", 1));
        for (var i = 101; i <= 200; i++)
        {
            await Lane(bot).ReceiveAsync(Pacer(bot), AddInterview("ann", i));
        }

        // No time has passed: Bob was answered while all but Ann's burst still waited.
        var bobAnswer = Assert.Single(SavedTo(log, "bob"));
        Assert.StartsWith(Saved(1), bobAnswer, StringComparison.Ordinal);
        Assert.Equal(Burst, SavedTo(log, "ann").Count);

        await AdvanceUntilAsync(bot, () => SavedTo(log, "ann").Count == 200);

        Assert.Single(log.To("ann"), answer => answer == InboundPacer.SlowDown);
        var saved = SavedTo(log, "ann");
        Assert.Equal(200, saved.Count);
        Assert.All(saved, (answer, index) => Assert.StartsWith(Saved(index + 1), answer, StringComparison.Ordinal));
        Assert.All(saved, (answer, index) => Assert.Contains(Company(index + 1), answer, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TakeIn_SecondFloodAfterCalm_GetsItsOwnNote()
    {
        var log = new AnswerLog();
        await using var bot = Start(log);
        for (var i = 1; i <= Burst + 5; i++)
        {
            await Lane(bot).ReceiveAsync(Pacer(bot), AddInterview("ann", i));
        }

        await AdvanceUntilAsync(bot, () => SavedTo(log, "ann").Count == Burst + 5);
        bot.Time.Advance(TimeSpan.FromMinutes(1));
        for (var i = Burst + 6; i <= (2 * Burst) + 10; i++)
        {
            await Lane(bot).ReceiveAsync(Pacer(bot), AddInterview("ann", i));
        }

        await AdvanceUntilAsync(bot, () => SavedTo(log, "ann").Count == (2 * Burst) + 10);

        Assert.Equal(2, log.To("ann").Count(answer => answer == InboundPacer.SlowDown));
    }

    [Fact]
    public async Task Restart_MidFlood_EveryMessageAppliedOnceInOrder()
    {
        var log = new AnswerLog();
        var bot = Start(log);
        await using (bot)
        {
            for (var i = 1; i <= 60; i++)
            {
                await Lane(bot).ReceiveAsync(Pacer(bot), AddInterview("ann", i));
            }

            await AdvanceUntilAsync(bot, () => SavedTo(log, "ann").Count >= Burst + 10);
            await Pacer(bot).StopAsync(Ct);
            var beforeRestart = SavedTo(log, "ann").Count;
            Assert.True(beforeRestart < 60, "the restart comes in the middle of the flood");

            await bot.RestartAsync();
            await Lane(bot).DeliverLeftoversAsync();
            await Pacer(bot).StartAsync(Ct);
            await AdvanceUntilAsync(bot, () => SavedTo(log, "ann").Count == 60);
            await Lane(bot).ReceiveAsync(Pacer(bot), new Inbound(User("ann"), "chat-ann", new CommandInput("interviews", string.Empty), "ann-list"));
            await AdvanceUntilAsync(bot, () => log.To("ann")[^1].StartsWith("Your interviews", StringComparison.Ordinal));
        }

        var answers = log.To("ann");
        var saved = SavedTo(log, "ann");
        Assert.Equal(60, saved.Count);
        Assert.All(saved, (answer, index) => Assert.StartsWith(Saved(index + 1), answer, StringComparison.Ordinal));
        Assert.Contains("Your interviews (60):", answers[^1], StringComparison.Ordinal);
        Assert.Single(answers, answer => answer == InboundPacer.SlowDown);
    }

    [Fact]
    public async Task TakeIn_SameUpdateDeliveredTwiceWhileWaiting_AppliedOnce()
    {
        var log = new AnswerLog();
        await using var bot = Start(log);
        for (var i = 1; i <= Burst; i++)
        {
            await Lane(bot).ReceiveAsync(Pacer(bot), AddInterview("ann", i));
        }

        var late = AddInterview("ann", Burst + 1);
        await Lane(bot).ReceiveAsync(Pacer(bot), late);
        await Lane(bot).ReceiveAsync(Pacer(bot), late);
        await AdvanceUntilAsync(bot, () => SavedTo(log, "ann").Count == Burst + 1);
        await Lane(bot).ReceiveAsync(Pacer(bot), new Inbound(User("ann"), "chat-ann", new CommandInput("interviews", string.Empty), "ann-list"));
        await AdvanceUntilAsync(bot, () => log.To("ann")[^1].StartsWith("Your interviews", StringComparison.Ordinal));

        Assert.Contains($"Your interviews ({Burst + 1}):", log.To("ann")[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("RateLimit:Burst", "0")]
    [InlineData("RateLimit:MessagesPerMinute", "0")]
    [InlineData("RateLimit:ConcurrentUsers", "0")]
    public async Task Options_OutOfRange_RefusedNamingTheSetting(string key, string value)
    {
        await using var bot = BotHarness.Start(settings: new Dictionary<string, string?> { [key] = value });

        var refused = Assert.Throws<OptionsValidationException>(() => bot.Services.GetRequiredService<IOptions<RateLimitOptions>>().Value);

        Assert.Contains("RateLimitOptions." + key["RateLimit:".Length..], refused.Message, StringComparison.Ordinal);
    }

    private static BotHarness Start(AnswerLog log) => BotHarness.Start(settings: Limits, configure: services =>
    {
        services.AddSingleton(log);
        services.AddSingleton<RecordingLane>();
        services.AddSingleton<Ports.IDeferredInboundHandler>(provider => provider.GetRequiredService<RecordingLane>());
    });

    private static InboundPacer Pacer(BotHarness bot) => bot.Services.GetRequiredService<InboundPacer>();

    private static RecordingLane Lane(BotHarness bot) => bot.Services.GetRequiredService<RecordingLane>();

    /// <summary>
    /// Moves the fake clock a second at a time until <paramref name="done"/>; each step releases ten messages. A step
    /// waits for the next answer only briefly, because the lane may not have armed its timer yet when the clock moves.
    /// </summary>
    private static async Task AdvanceUntilAsync(BotHarness bot, Func<bool> done)
    {
        var log = bot.Services.GetRequiredService<AnswerLog>();
        for (var step = 0; !done(); step++)
        {
            Assert.True(step < 10_000, "the backlog never drained");
            var next = log.NextOrAsync(TimeSpan.FromMilliseconds(50));
            bot.Time.Advance(TimeSpan.FromSeconds(1));
            await next;
        }
    }

    private static List<string> SavedTo(AnswerLog log, string user) =>
        [.. log.To(user).Where(answer => answer.StartsWith("Saved interview", StringComparison.Ordinal))];

    private static UserRef User(string name) => new(ChatUser.Platform, name);

    private static Inbound AddInterview(string user, int number) => new(
        User(user),
        "chat-" + user,
        new CommandInput("interview", $"{Company(number)} | Dev | Dana | tomorrow 10:00 | email"),
        string.Create(CultureInfo.InvariantCulture, $"{user}-{number}"));

    private static string Company(int number) => string.Create(CultureInfo.InvariantCulture, $"C{number:D3}");

    private static string Saved(int number) => string.Create(CultureInfo.InvariantCulture, $"Saved interview #{number}.");
}
