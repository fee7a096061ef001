using System.Diagnostics;
using System.Globalization;
using InterviewCoachBot.Emulators.Discord;
using InterviewCoachBot.Emulators.Telegram;
using Microsoft.Data.Sqlite;
using static InterviewCoachBot.Host.Tests.InteractionResponses;

namespace InterviewCoachBot.Host.Tests;

/// <summary>"/forget" on every surface that writes rows, then a search of the whole database for anything of the user.</summary>
public sealed class ForgetEndToEndTests
{
    private const string TelegramToken = "123987:E2E-forget_token-never-printed";
    private const string DiscordToken = "MTIz.e2e-forget-token.secret";
    private const string DiscordApplicationId = "1300000000000000001";
    private const string ConsoleName = "console-name-5c1e9a";
    private const string ConsoleTyped = "Console-typed-3f8d20 Ltd";
    private const long TelegramUser = 8873401175;
    private const string TelegramTyped = "Telegram-typed-a41c77 Inc";
    private const string DiscordTyped = "Discord-typed-0d6e5b GmbH";
    private static readonly UserSpec DiscordUser = new("7712340001234567", "discord-name-b93e04");
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Forget_OnConsoleTelegramAndDiscord_LeavesNoTraceInAnyTableOrInTheFile()
    {
        using var folder = new TemporaryFolder();
        var database = folder.File("bot.db");

        // The console user: their name is in every dedupe key the console makes.
        await using (var console = BotProcess.Start(["--db", database, "--user", ConsoleName]))
        {
            var run = await console.RunScriptAsync([$"/interview {ConsoleTyped} | Backend Engineer | Dana Levi | 2 hours ago | email", "/forget", "yes"], Ct);
            Assert.Contains("Saved interview #1.", run.Output, StringComparison.Ordinal);
            Assert.Contains("Done: I deleted", run.Output, StringComparison.Ordinal);
        }

        // A Telegram user and a Discord user (in a DM with the bot, whose channel the adapter keeps) of one process.
        await using var telegram = await TelegramEmulator.StartAsync(TelegramToken, Ct);
        await using var discord = await DiscordEmulator.StartAsync(DiscordToken, DiscordApplicationId, new DiscordEmulatorOptions { HeartbeatIntervalMs = 1000 }, Ct);
        string dmChannel;
        await using (var bot = StartBot(database, telegram, discord))
        {
            await telegram.WaitForLongPollAsync(Wait);
            await discord.WaitForGatewayAsync(s => s.Sessions == 1 && s.LastSequence > 0, Wait);

            var chat = new TelegramChat(telegram, TelegramUser);
            await chat.SayAsync($"/interview {TelegramTyped} | Backend Engineer | Dana Levi | 2 hours ago | email", m => m.PlainText!.StartsWith("Saved interview #1.", StringComparison.Ordinal));
            var question = await chat.SayAsync("/forget", m => m.InlineKeyboard.Count > 0 && m.PlainText!.StartsWith("Delete everything", StringComparison.Ordinal));
            await chat.PressAsync(question, "Yes", m => m.PlainText!.StartsWith("Done: I deleted", StringComparison.Ordinal));

            var details = new Dictionary<string, object?> { ["details"] = $"{DiscordTyped} | Backend Engineer | Dana Levi | yesterday 15:00 | email" };
            var saved = await (await discord.SendSlashCommandAsync(DiscordUser, "interview", details)).WaitForResponseAsync(r => Shown(r).Length > 0, Wait);
            Assert.Contains("Saved interview #1.", Shown(saved), StringComparison.Ordinal);
            dmChannel = discord.DirectMessagesTo(DiscordUser.Id)[0].ChannelId;
            var forget = await (await discord.SendSlashCommandAsync(DiscordUser, "forget", new Dictionary<string, object?>()))
                .WaitForResponseAsync(r => CustomIds(r).Any(id => id.EndsWith("=yes", StringComparison.Ordinal)), Wait);
            var yes = CustomIds(forget).First(id => id.EndsWith("=yes", StringComparison.Ordinal));
            var done = await (await discord.PressButtonAsync(DiscordUser, yes)).WaitForResponseAsync(r => Shown(r).Length > 0, Wait);
            Assert.Contains("Done: I deleted", Shown(done), StringComparison.Ordinal);

            // The goodbye is marked sent just after the platform got it; stop once it is, as a user closing the bot would.
            await WaitUntilEverythingIsDeliveredAsync(database);
            await StopAsync(bot);
        }

        string[] markers =
        [
            ConsoleName, ConsoleTyped,
            TelegramUser.ToString(CultureInfo.InvariantCulture), TelegramTyped,
            DiscordUser.Id, DiscordUser.Username, dmChannel, DiscordTyped,
        ];
        Assert.Empty(DatabaseTraces.InTables(database, markers));
        Assert.Empty(DatabaseTraces.InFiles(database, markers));
    }

    private static BotProcess StartBot(string database, TelegramEmulator telegram, DiscordEmulator discord) =>
        BotProcess.Start(
            ["--db", database],
            new Dictionary<string, string>
            {
                ["Telegram__BotToken"] = TelegramToken,
                ["Telegram__ApiBaseUrl"] = telegram.BaseUrl.ToString(),
                ["Telegram__PollTimeout"] = "00:00:10",
                ["Discord__BotToken"] = DiscordToken,
                ["Discord__ApplicationId"] = DiscordApplicationId,
                ["Discord__ApiBaseUrl"] = discord.ApiBaseUrl.ToString(),
            });

    private static async Task WaitUntilEverythingIsDeliveredAsync(string database)
    {
        var clock = Stopwatch.StartNew();
        while (Undelivered(database) > 0)
        {
            Assert.True(clock.Elapsed < Wait, "The bot never marked its last messages as sent.");
            await Task.Delay(20, Ct);
        }
    }

    private static long Undelivered(string database)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM outbox WHERE delivered_at IS NULL";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static async Task StopAsync(BotProcess bot)
    {
        using (var kill = Process.Start("kill", ["-TERM", bot.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(Ct);
        }

        Assert.Equal(0, (await bot.WaitForExitAsync(Ct)).ExitCode);
    }
}
