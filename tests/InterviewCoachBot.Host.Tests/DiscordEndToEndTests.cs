using InterviewCoachBot.Emulators.Discord;

namespace InterviewCoachBot.Host.Tests;

/// <summary>The built bot as a real process, talking to the loopback Discord emulator.</summary>
public sealed class DiscordEndToEndTests
{
    private const string Token = "MTIz.e2e-token.very-secret";
    private const string ApplicationId = "1200000000000000001";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private static readonly UserSpec Ann = new("5001", "ann");

    [Fact]
    public async Task Run_SlashCommandButtonModalAndForget_AnswersLikeTheConsole()
    {
        using var folder = new TemporaryFolder();
        await using var discord = await DiscordEmulator.StartAsync(Token, ApplicationId, new DiscordEmulatorOptions { HeartbeatIntervalMs = 1000 }, TestContext.Current.CancellationToken);
        await using var bot = StartBot(folder, discord, Token);
        await discord.WaitForGatewayAsync(s => s.Sessions == 1 && s.LastSequence > 0, Wait);

        // A slash command with details: the wizard asks only for the channel, with buttons.
        var add = await discord.SendSlashCommandAsync(Ann, "interview", Options("details", "Acme Corp | Backend Engineer | Dana Levi | yesterday 15:00"));
        var question = await add.WaitForResponseAsync(r => r.Original?.CustomIds.Count > 0, Wait);
        Assert.Contains("step 5 of 5", question.Original!.Content, StringComparison.Ordinal);

        // A button: the answer saves the interview.
        var email = question.Original.CustomIds.Single(id => id.EndsWith("=email", StringComparison.OrdinalIgnoreCase));
        var saved = await (await discord.PressButtonAsync(Ann, email)).WaitForResponseAsync(r => Shown(r).Length > 0, Wait);
        Assert.Contains("Saved interview #1.", Shown(saved), StringComparison.Ordinal);

        // A modal: the "Answer" button opens it, and its text answers the wizard.
        var start = await discord.SendSlashCommandAsync(Ann, "interview", new Dictionary<string, object?>());
        var company = await start.WaitForResponseAsync(r => r.Original?.CustomIds.Count > 0, Wait);
        var answer = company.Original!.CustomIds.Single(id => id.EndsWith(":answer", StringComparison.Ordinal));
        var modal = await (await discord.PressButtonAsync(Ann, answer)).WaitForResponseAsync(Wait);
        Assert.Equal(9, modal.CallbackType);
        var modalId = modal.Data!.Value.GetProperty("custom_id").GetString()!;
        var role = await (await discord.SubmitModalAsync(Ann, modalId, new Dictionary<string, string> { ["text"] = "Globex" }))
            .WaitForResponseAsync(r => Shown(r).Length > 0, Wait);
        Assert.Contains("role", Shown(role), StringComparison.OrdinalIgnoreCase);

        // The lead adds the DM-nudge step here once nudges land: advance to a due nudge and
        // await discord.WaitForDirectMessageAsync(Ann.Id, m => ..., Wait).

        // /forget asks first; the yes button deletes everything.
        // (It first says that it left the unfinished wizard, so the question comes as a follow-up.)
        var forget = await (await discord.SendSlashCommandAsync(Ann, "forget", new Dictionary<string, object?>()))
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

    private static BotProcess StartBot(TemporaryFolder folder, DiscordEmulator discord, string token) =>
        BotProcess.Start(
            ["--db", folder.File("bot.db")],
            new Dictionary<string, string>
            {
                ["Discord__BotToken"] = token,
                ["Discord__ApplicationId"] = ApplicationId,
                ["Discord__ApiBaseUrl"] = discord.ApiBaseUrl.ToString(),
            });

    private static Dictionary<string, object?> Options(string name, object? value) => new() { [name] = value };

    private static IEnumerable<string> CustomIds(InteractionResponse response) =>
        (response.Original?.CustomIds ?? []).Concat(response.FollowUps.SelectMany(f => f.CustomIds));

    private static string Shown(InteractionResponse response) =>
        string.Join("\n", new[] { response.Original?.Content ?? string.Empty }.Concat(response.FollowUps.Select(f => f.Content))).Trim();
}
