using System.Globalization;
using Dapper;
using InterviewCoachBot.Emulators.Telegram;
using Microsoft.Extensions.Time.Testing;

namespace InterviewCoachBot.Adapters.Telegram.Tests;

/// <summary>
/// One polled batch end to end: different users' updates are handled side by side, one user's in order, and a batch
/// whose handling failed part-way is confirmed only up to the failed update.
/// </summary>
public sealed class TelegramPipelineTests
{
    private const long Ann = 3001;
    private const long Bob = 3002;
    private const long Cid = 3003;

    private static readonly DateTimeOffset Start = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Batch_TelegramHoldsOneUsersTurn_AnotherUserInTheSameBatchAnsweredMeanwhile()
    {
        var time = new FakeTimeProvider(Start);
        await using var bot = await TelegramTestBot.CreateAsync(time: time);
        await bot.StartAsync();
        var help = await bot.SayAsync(Ann, "/help");
        await bot.Emulator.WaitForLongPollAsync(TelegramTestBot.Wait);
        await bot.StopAsync();
        var annLast = bot.LastMessageId(Ann);

        // Telegram holds the answer to Ann's press (a slow round trip) and the clock stands still, so her turn cannot end
        // until the test moves it. Bob writes right after her; the restarted bot gets both in one batch.
        var hold = TimeSpan.FromSeconds(30);
        bot.Emulator.FailNext("answerCallbackQuery", TelegramFault.Delay(hold));
        var addInterview = help.InlineKeyboard.SelectMany(row => row).First(b => b.Text.StartsWith("Add an interview", StringComparison.Ordinal));
        bot.Emulator.PressButton(Ann, help.MessageId, addInterview.CallbackData!);
        bot.Emulator.SendText(Bob, "/help");
        await bot.LaunchAsync();
        var bobHelp = await bot.NextAsync(Bob, after: 0);
        var annWhileHeld = bot.LastMessageId(Ann);
        await bot.ServerTime.WaitForTimerAsync(due => due == hold, TelegramTestBot.Wait);
        time.Advance(hold);
        var company = await bot.NextAsync(Ann, annLast);

        Assert.StartsWith("I coach you through", bobHelp.PlainText, StringComparison.Ordinal);
        Assert.Equal(annLast, annWhileHeld);
        Assert.Contains("Which company", company.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_ThreeUsersInterleaved_EachUsersUpdatesAppliedInOrder()
    {
        long[] users = [Ann, Bob, Cid];
        await using var bot = await TelegramTestBot.CreateAsync(new() { ["Telegram:ConcurrentTurns"] = "8" });
        for (var i = 1; i <= 5; i++)
        {
            foreach (var user in users)
            {
                bot.Emulator.SendText(user, AddInterview(Invariant($"C{user}-{i}")));
            }
        }

        await bot.LaunchAsync();
        foreach (var user in users)
        {
            await bot.Emulator.WaitForMessageAsync(user, m => m.PlainText!.StartsWith("Saved interview #5.", StringComparison.Ordinal), TelegramTestBot.Wait);
        }

        foreach (var user in users)
        {
            var saved = Saved(bot, user);
            Assert.Equal(5, saved.Count);
            Assert.All(saved, (text, index) =>
                Assert.StartsWith(Invariant($"Saved interview #{index + 1}.\n\n#{index + 1} C{user}-{index + 1}:"), text, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Batch_StorageFailsInOneUsersTurn_ConfirmedUpToThatUpdateAndTheReplayAppliesNothingTwice()
    {
        var failures = new FailingStore.Budget(1);
        await using var bot = await TelegramTestBot.CreateAsync(configure: services => FailingUnreachableLog.Install(services, failures));
        var annSaves = bot.Emulator.SendText(Ann, AddInterview("Globex"));
        var bobSaves = bot.Emulator.SendText(Bob, AddInterview("Acme"));
        var annBlocks = bot.Emulator.BlockBot(Ann);
        var bobSavesAgain = bot.Emulator.SendText(Bob, AddInterview("Initech"));

        // Pausing Ann's reminders fails once: her update and everything after it come again in the next batch.
        await bot.StartAsync();
        await bot.Emulator.WaitForMessageAsync(Bob, m => m.PlainText!.StartsWith("Saved interview #2.", StringComparison.Ordinal), TelegramTestBot.Wait);

        Assert.Equal([annSaves, bobSaves, annBlocks, bobSavesAgain, annBlocks, bobSavesAgain], bot.Emulator.DeliveredUpdateIds);
        Assert.Single(bot.Logs.Lines, line => line.EventId.Id == 3002);
        var bob = Saved(bot, Bob);
        Assert.Equal(2, bob.Count);
        Assert.StartsWith("Saved interview #1.\n\n#1 Acme:", bob[0], StringComparison.Ordinal);
        Assert.StartsWith("Saved interview #2.\n\n#2 Initech:", bob[1], StringComparison.Ordinal);
        // Ann blocked the bot, so she sees nothing: her interview is saved once and her reminders are off.
        Assert.Equal(["1"], await OfUserAsync(bot, Ann, "SELECT CAST(COUNT(*) AS TEXT) FROM interviews WHERE user_id = @Id"));
        Assert.Equal(["cancelled"], await OfUserAsync(bot, Ann, "SELECT DISTINCT status FROM nudges WHERE user_id = @Id"));
    }

    /// <param name="sql">A query of one text column over the Telegram user's rows, given as <c>@Id</c> (our user id).</param>
    private static async Task<List<string>> OfUserAsync(TelegramTestBot bot, long user, string sql)
    {
        await using var connection = await bot.Database.OpenConnectionAsync(Ct);
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT id FROM users WHERE platform = 'telegram' AND external_id = @User",
            new { User = user.ToString(CultureInfo.InvariantCulture) },
            cancellationToken: Ct));
        return [.. await connection.QueryAsync<string>(new CommandDefinition(sql, new { Id = id }, cancellationToken: Ct))];
    }

    private static List<string> Saved(TelegramTestBot bot, long user) =>
        [.. bot.Emulator.MessagesTo(user).Select(m => m.PlainText!).Where(text => text.StartsWith("Saved interview #", StringComparison.Ordinal))];

    private static string AddInterview(string company) => Invariant($"/interview {company} | Dev | Dana | tomorrow 10:00 | email");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
