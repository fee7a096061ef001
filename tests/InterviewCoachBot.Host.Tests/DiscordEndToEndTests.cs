using System.Globalization;
using InterviewCoachBot.Emulators.Discord;
using Microsoft.Data.Sqlite;
using static InterviewCoachBot.Host.Tests.InteractionResponses;

namespace InterviewCoachBot.Host.Tests;

/// <summary>The built bot as a real process, talking to the loopback Discord emulator.</summary>
public sealed class DiscordEndToEndTests
{
    private const string Token = "MTIz.e2e-token.very-secret";
    private const string ApplicationId = "1200000000000000001";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private static readonly UserSpec Ann = new("5001", "ann");
    private static readonly UserSpec Ben = new("5002", "ben");
    private const string Guild = "9100";

    [Fact]
    public async Task Run_SlashCommandButtonModalAndForget_AnswersLikeTheConsole()
    {
        using var folder = new TemporaryFolder();
        var content = NudgeTestContent.Create(folder.Path, 3);
        await using var discord = await DiscordEmulator.StartAsync(Token, ApplicationId, new DiscordEmulatorOptions { HeartbeatIntervalMs = 1000 }, TestContext.Current.CancellationToken);
        await using var bot = StartBot(folder, discord, Token, content);
        await discord.WaitForGatewayAsync(s => s.Sessions == 1 && s.LastSequence > 0, Wait);

        // A slash command with details: the wizard asks only for the channel, with buttons.
        var add = await discord.SendSlashCommandAsync(Ann, "interview", Options("details", "Acme Corp | Backend Engineer | Dana Levi | yesterday 15:00"));
        var question = await add.WaitForResponseAsync(r => r.Original?.CustomIds.Count > 0, Wait);
        Assert.Contains("step 5 of 5", question.Original!.Content, StringComparison.Ordinal);

        // A button: the answer saves the interview.
        var email = question.Original.CustomIds.Single(id => id.EndsWith("=email", StringComparison.OrdinalIgnoreCase));
        var saved = await (await discord.PressButtonAsync(Ann, email)).WaitForResponseAsync(r => Shown(r).Length > 0, Wait);
        Assert.Contains("Saved interview #1.", Shown(saved), StringComparison.Ordinal);

        // A modal: /interview without options opens one form with every typed field; its answers leave only the channel.
        var start = await discord.SendSlashCommandAsync(Ann, "interview", new Dictionary<string, object?>());
        var modal = await start.WaitForResponseAsync(Wait);
        Assert.Equal(9, modal.CallbackType);
        Assert.Equal(4, modal.Data!.Value.GetProperty("components").GetArrayLength());
        var modalId = modal.Data.Value.GetProperty("custom_id").GetString()!;
        var channel = await (await discord.SubmitModalAsync(
                Ann, modalId, new Dictionary<string, string> { ["company"] = "Globex", ["role"] = "SRE", ["interviewers"] = "", ["when"] = "yesterday 10:00" }))
            .WaitForResponseAsync(r => Shown(r).Length > 0, Wait);
        Assert.Contains("step 5 of 5", Shown(channel), StringComparison.Ordinal);

        // A nudge that falls due while the bot runs comes as a DM. Ben uses the bot in a server only, so the bot opens the DM
        // (POST /users/@me/channels) and posts there (POST /channels/{id}/messages). The test content's only rule is due
        // 3 s after the interview; without quiet hours nothing holds it back.
        await RunAsync(discord, Ben, "quiet", "off", Guild);
        var added = await RunAsync(discord, Ben, "interview", "Initech | Platform Engineer | Sam Ortiz | now | email", Guild);
        Assert.Contains("Saved interview #1.", added, StringComparison.Ordinal);
        var nudge = await discord.WaitForDirectMessageAsync(Ben.Id, m => m.Content.Contains("NUDGE r1 Initech", StringComparison.Ordinal), Wait);
        var opened = Assert.Single(discord.RestRequests, r => r.RouteKey == "POST /users/@me/channels");
        Assert.Equal(Ben.Id, opened.Body!.Value.GetProperty("recipient_id").GetString());
        var posted = Assert.Single(discord.RestRequests, r => r.RouteKey == "POST /channels/{channel_id}/messages" && r.StatusCode == 200);
        Assert.Equal($"/api/v10/channels/{nudge.ChannelId}/messages", posted.Path);
        Assert.True(posted.AllowedMentionsSuppressed);
        Assert.Equal(0, posted.Body!.Value.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.Equal($"nudge-{NudgeId(folder, Ben, "r1")}", posted.Body.Value.GetProperty("nonce").GetString());
        Assert.True(posted.Body.Value.GetProperty("enforce_nonce").GetBoolean());
        Assert.Equal(MessageOrigin.ChannelMessage, nudge.Origin);
        Assert.Contains(Ben.Id + ":/thankyou 1 sent", nudge.CustomIds);
        Assert.Contains(Ben.Id + ":/nudges stop 1", nudge.CustomIds);

        // Its "done" button records the thank-you note as sent.
        var marked = await (await discord.PressButtonAsync(Ben, Ben.Id + ":/thankyou 1 sent", nudge.Id)).WaitForResponseAsync(r => Shown(r).Length > 0, Wait);
        Assert.Contains("You marked your thank-you note as sent", Shown(marked), StringComparison.Ordinal);
        Assert.NotNull(Scalar(folder, Ben, "SELECT i.thank_you_sent_at FROM interviews i JOIN users u ON u.id = i.user_id WHERE u.external_id = $user AND i.number = 1"));

        // /export sends two files, uploaded as attachments.
        var export = await (await discord.SendSlashCommandAsync(Ben, "export", new Dictionary<string, object?>(), guildId: Guild))
            .WaitForResponseAsync(r => Attachments(r).Count() == 2, Wait);
        var files = Attachments(export).ToList();
        Assert.Equal(["interviewcoachbot-data.json", "interviewcoachbot-steps.ics"], files.Select(f => f.FileName));
        using (var data = System.Text.Json.JsonDocument.Parse(files[0].Content))
        {
            Assert.Contains("Initech", data.RootElement.GetRawText(), StringComparison.Ordinal);
        }

        Assert.StartsWith("BEGIN:VCALENDAR", files[1].Text, StringComparison.Ordinal);

        // /forget asks first; the yes button deletes everything. Ann's unfinished new interview holds an answer, so
        // leaving it is asked before that; the forget question then comes as a follow-up.
        var leave = await (await discord.SendSlashCommandAsync(Ann, "forget", new Dictionary<string, object?>()))
            .WaitForResponseAsync(r => CustomIds(r).Any(id => id.EndsWith("=yes", StringComparison.Ordinal)), Wait);
        Assert.Contains("Your new interview isn't finished", Shown(leave), StringComparison.Ordinal);
        var forget = await (await discord.PressButtonAsync(Ann, CustomIds(leave).First(id => id.EndsWith("=yes", StringComparison.Ordinal))))
            .WaitForResponseAsync(r => CustomIds(r).Any(id => id.EndsWith("=yes", StringComparison.Ordinal)), Wait);
        var yes = CustomIds(forget).First(id => id.EndsWith("=yes", StringComparison.Ordinal));
        var done = await (await discord.PressButtonAsync(Ann, yes)).WaitForResponseAsync(r => Shown(r).Length > 0, Wait);
        Assert.Contains("Done: I deleted", Shown(done), StringComparison.Ordinal);

        Assert.All(discord.RestRequests.Where(r => r.AllowedMentionsSuppressed is not null), r => Assert.True(r.AllowedMentionsSuppressed));
        Assert.Equal(1, discord.BulkOverwriteCount);
    }

    [Fact]
    public async Task Run_RejectedToken_ExitsNonZeroWithAClearMessageWithoutTheToken()
    {
        using var folder = new TemporaryFolder();
        await using var discord = await DiscordEmulator.StartAsync(Token, ApplicationId, ct: TestContext.Current.CancellationToken);
        const string wrong = "MTIz.wrong-token.do-not-print";
        await using var bot = StartBot(folder, discord, wrong);

        var run = await bot.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("rejected the bot token", run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain(wrong, run.Errors + run.Output, StringComparison.Ordinal);
        Assert.Equal(0, discord.Gateway.Connections);
    }

    [Fact]
    public async Task Stop_Sigterm_ExitsCleanlyWithCodeZero()
    {
        using var folder = new TemporaryFolder();
        await using var discord = await DiscordEmulator.StartAsync(Token, ApplicationId, new DiscordEmulatorOptions { HeartbeatIntervalMs = 1000 }, TestContext.Current.CancellationToken);
        await using var bot = StartBot(folder, discord, Token);
        await discord.WaitForGatewayAsync(s => s.Sessions == 1 && s.LastSequence > 0, Wait);

        using (var kill = System.Diagnostics.Process.Start("kill", ["-TERM", bot.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        var run = await bot.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("fail:", run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("crit:", run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, run.Errors + run.Output, StringComparison.Ordinal);
    }

    private static BotProcess StartBot(TemporaryFolder folder, DiscordEmulator discord, string token, string? content = null)
    {
        var environment = new Dictionary<string, string>
        {
            ["Discord__BotToken"] = token,
            ["Discord__ApplicationId"] = ApplicationId,
            ["Discord__ApiBaseUrl"] = discord.ApiBaseUrl.ToString(),
        };
        if (content is not null)
        {
            environment["Engine__ContentPath"] = content;
        }

        return BotProcess.Start(["--db", folder.File("bot.db")], environment);
    }

    /// <summary>A slash command with an optional <c>details</c> option; returns what the user sees once the first answer came.</summary>
    private static async Task<string> RunAsync(DiscordEmulator discord, UserSpec user, string command, string? details, string? guildId = null)
    {
        var options = details is null ? new Dictionary<string, object?>() : Options("details", details);
        var response = await (await discord.SendSlashCommandAsync(user, command, options, guildId: guildId)).WaitForResponseAsync(r => Shown(r).Length > 0, Wait);
        return Shown(response);
    }

    /// <summary>The id of the user's nudge for <paramref name="rule"/>.</summary>
    private static long NudgeId(TemporaryFolder folder, UserSpec user, string rule) => Convert.ToInt64(
        Scalar(folder, user, $"SELECT n.id FROM nudges n JOIN users u ON u.id = n.user_id WHERE u.external_id = $user AND n.rule = '{rule}'"),
        CultureInfo.InvariantCulture);

    /// <summary>One value from the bot's database (WAL: readable while the bot runs); <c>$user</c> is the Discord user id.</summary>
    private static object? Scalar(TemporaryFolder folder, UserSpec user, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = folder.File("bot.db"), Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$user", user.Id);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    private static Dictionary<string, object?> Options(string name, object? value) => new() { [name] = value };

    private static IEnumerable<ReceivedAttachment> Attachments(InteractionResponse response) =>
        (response.Original?.Attachments ?? []).Concat(response.FollowUps.SelectMany(f => f.Attachments));
}
