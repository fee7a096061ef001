using System.Diagnostics;
using System.Globalization;
using InterviewCoachBot.Emulators.Discord;

namespace InterviewCoachBot.Chaos.Tests;

/// <summary>
/// The built bot, on Telegram and Discord at once, killed with SIGKILL at seeded random moments while users write and
/// nudges fall due, with both platforms failing as they do (429 bursts, 5xx, timeouts, connections dropped before and
/// after the effect, zombie gateway connections). Afterwards nothing is lost and nothing is applied or sent twice beyond
/// what the platform makes unavoidable. <c>CHAOS_SEED</c> replays a run; the counts are printed.
/// </summary>
[Trait("Category", "Chaos")]
public sealed class KillNineChaosTests
{
    private const int Cycles = 20;
    private static readonly long[] TelegramUsers = [7001, 7002, 7003];
    private static readonly UserSpec[] DiscordUsers = [new("8001", "dana"), new("8002", "eli"), new("8003", "fay")];

    /// <summary>Nudges fall due from a few seconds after the first start until after the last kill.</summary>
    private static readonly int[] NudgeOffsets = [5, 12, 20, 28, 36, 44, 52, 60, 70, 80];

    [Fact]
    public async Task Run_TwentyKill9CyclesUnderPlatformFaults_NothingLostNothingAppliedTwice()
    {
        var clock = Stopwatch.StartNew();
        var seed = ChaosSeed.Resolve();
        Report($"CHAOS seed={seed} (replay with {ChaosSeed.Variable}={seed})");
        var random = new Random(seed);
        var ct = TestContext.Current.CancellationToken;
        await using var world = await ChaosWorld.StartAsync(seed, NudgeOffsets, ct);
        var expected = ExpectedNudges();
        var next = 0;

        var bot = await world.StartBotAsync();
        await SetUpNudgeUsersAsync(world);
        for (var cycle = 1; cycle <= Cycles; cycle++)
        {
            if (cycle > 1)
            {
                bot = await world.StartBotAsync();
            }

            // Messages flow on both platforms, then the process dies at a seeded moment while it works on them.
            for (var i = 0; i < 2; i++)
            {
                world.SayOnTelegram(Pick(random, TelegramUsers), $"/interview Tx{++next:D4} | Engineer | Dana | 2 days ago | email");
            }

            for (var i = 0; i < 2; i++)
            {
                await world.RunOnDiscordAsync(Pick(random, DiscordUsers), "interview", $"Dx{++next:D4} | Engineer | Dana | 2 days ago | email");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(random.Next(300, 2500)), ct);
            await world.StopAsync(bot, kill: true);

            // Telegram keeps what users write while the bot is down.
            world.SayOnTelegram(Pick(random, TelegramUsers), $"/interview Tx{++next:D4} | Engineer | Dana | 2 days ago | email");
        }

        var drain = Stopwatch.StartNew();
        bot = await world.StartBotAsync();
        try
        {
            await WaitForEverythingAsync(world, expected);
        }
        catch (TimeoutException ex)
        {
            var run = await world.StopAsync(bot, kill: true);
            Report(ChaosLedger.Count(world, seed, Cycles, expected, clock.Elapsed, drain.Elapsed).ToString());
            throw new TimeoutException($"{ex.Message}\nSeed {seed}. The bot's stderr:\n{run.Errors}", ex);
        }

        drain.Stop();
        var stop = await world.StopAsync(bot, kill: false);

        var ledger = ChaosLedger.Count(world, seed, Cycles, expected, clock.Elapsed, drain.Elapsed);
        Report(ledger.ToString());

        // `dotnet test` shows a passed test's output only with --output detailed, but always lists its attachments by name.
        TestContext.Current.AddAttachment(ledger.Headline, ledger.ToString());
        Assert.Equal(0, stop.ExitCode);
        Assert.All(ledger.IntegrityChecks, check => Assert.Equal("ok", check));
        Assert.Equal(Cycles + 1, ledger.IntegrityChecks.Count);
        Assert.Equal(ledger.TelegramUpdatesSent, ledger.TelegramUpdatesApplied);
        Assert.Empty(ledger.TelegramInterviewsNotOnce);
        Assert.Empty(ledger.TelegramRepliesMissing);
        Assert.Equal(0, ledger.TelegramRepliesUndelivered);
        Assert.Equal(0, ledger.TelegramUnexplainedDuplicates);
        Assert.Empty(ledger.DiscordInterviewsAppliedTwice);
        Assert.Empty(ledger.DiscordAnsweredNotApplied);
        Assert.Empty(ledger.DiscordRepliesMissing);
        Assert.Empty(ledger.DiscordDuplicates);
        Assert.Empty(ledger.NudgesLost);
        Assert.Empty(ledger.NudgesEarly);
        Assert.Empty(ledger.NudgesNotMarkedSent);
    }

    /// <summary>Each nudge user turns quiet hours off (reminders then come at any hour) and adds an interview held now,
    /// whose test rules fall due over the next minute and a half.</summary>
    private static async Task SetUpNudgeUsersAsync(ChaosWorld world)
    {
        foreach (var user in TelegramUsers)
        {
            world.SayOnTelegram(user, "/quiet off");
            world.SayOnTelegram(user, $"/interview Nudge-T{user} | Engineer | Dana | now | email");
        }

        foreach (var user in DiscordUsers)
        {
            var quiet = await world.RunOnDiscordAsync(user, "quiet", "off");
            await quiet.WaitForResponseAsync(r => ChaosLedger.Shown(r).Length > 0, ChaosWorld.Wait);
            var added = await world.RunOnDiscordAsync(user, "interview", $"Nudge-D{user.Id} | Engineer | Dana | now | email");
            await added.WaitForResponseAsync(r => ChaosLedger.Shown(r).Contains(ChaosLedger.SavedReply, StringComparison.Ordinal), ChaosWorld.Wait);
        }

        foreach (var user in TelegramUsers)
        {
            await world.Telegram.WaitForMessageAsync(user, m => m.PlainText!.Contains($"Nudge-T{user}:", StringComparison.Ordinal), ChaosWorld.Wait);
        }
    }

    /// <summary>Waits on the emulators' records (never a fixed time) until every nudge and every Telegram reply arrived;
    /// reports when each kind was complete.</summary>
    private static async Task WaitForEverythingAsync(ChaosWorld world, IReadOnlyList<ExpectedNudge> expected)
    {
        var clock = Stopwatch.StartNew();
        foreach (var nudge in expected)
        {
            if (nudge.Platform == "telegram")
            {
                await world.Telegram.WaitForMessageAsync(long.Parse(nudge.User, CultureInfo.InvariantCulture), m => m.PlainText!.Contains(nudge.Text, StringComparison.Ordinal), ChaosWorld.Wait);
            }
            else
            {
                await world.Discord.WaitForDirectMessageAsync(nudge.User, m => m.Content.Contains(nudge.Text, StringComparison.Ordinal), ChaosWorld.Wait);
            }
        }

        var nudges = clock.Elapsed;
        foreach (var (user, _, text) in world.TelegramSent.Where(s => s.Text.StartsWith("/interview ", StringComparison.Ordinal)))
        {
            var company = ChaosLedger.Company(text) + ":";
            await world.Telegram.WaitForMessageAsync(
                user, m => m.PlainText!.Contains(ChaosLedger.SavedReply, StringComparison.Ordinal) && m.PlainText.Contains(company, StringComparison.Ordinal), ChaosWorld.Wait);
        }

        var replies = clock.Elapsed;

        // A reply whose resend failed under the faults goes out on a later poll, once its backoff has passed.
        await world.Telegram.WaitForRequestAsync(r => r.Method == "getUpdates" && world.Database.UndeliveredReplies("telegram").Count == 0, ChaosWorld.Wait);

        // Telegram confirms the last update with the next poll: once one is parked, nothing is left to redeliver.
        await world.Telegram.WaitForLongPollAsync(ChaosWorld.Wait);
        Report(FormattableString.Invariant($"CHAOS final drain: nudges after {nudges.TotalSeconds:F1}s, telegram replies after {replies.TotalSeconds:F1}s, last update confirmed after {clock.Elapsed.TotalSeconds:F1}s"));
    }

    private static List<ExpectedNudge> ExpectedNudges() =>
    [
        .. TelegramUsers.SelectMany(user => NudgeOffsets.Select((_, i) =>
            new ExpectedNudge("telegram", user.ToString(CultureInfo.InvariantCulture), $"Nudge-T{user}", $"r{i + 1}"))),
        .. DiscordUsers.SelectMany(user => NudgeOffsets.Select((_, i) => new ExpectedNudge("discord", user.Id, $"Nudge-D{user.Id}", $"r{i + 1}"))),
    ];

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    /// <summary>To the test output: shown for a failed test, and for a passed one with <c>--output detailed</c>.</summary>
    private static void Report(string text) => TestContext.Current.TestOutputHelper?.WriteLine(text);
}
