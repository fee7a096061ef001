using InterviewCoachBot.Adapters.Discord.Tests.Interactions;
using InterviewCoachBot.Emulators.Discord;

namespace InterviewCoachBot.Adapters.Discord.Tests.Nudges;

/// <summary>A nudge DM that Discord refuses with 50007: the engine pauses that user's nudges until their next command, which says so.</summary>
public sealed class UnreachableNudgeTests
{
    private const string MessagesRoute = "POST /channels/{channel_id}/messages";

    [Fact]
    public async Task NudgeDm_Refused50007_StopsTheUsersNudgesAndTheirNextCommandSaysSo()
    {
        using var content = new FastNudgeContent("1s", "2h");
        await using var discord = await DiscordHarness.StartAsync(settings: new Dictionary<string, string?> { ["Engine:ContentPath"] = content.Path });
        await discord.WaitForSessionAsync();
        discord.Emulator.SetUserUnreachable(TestUsers.Alice.Id, RestFault.CannotDmUser());
        await RunAsync(discord, "quiet", "off", shown => shown.Contains("off", StringComparison.OrdinalIgnoreCase));
        await RunAsync(discord, "interview", "Acme | Engineer | Dana | now | email", shown => shown.Contains("Saved interview #1.", StringComparison.Ordinal));

        // The nudge due after 1 s is refused; the dispatcher marks Alice unreachable and cancels what was planned for her.
        var refused = await discord.Emulator.WaitForRequestAsync(r => r.RouteKey == MessagesRoute && r.StatusCode == 403, DiscordHarness.Wait);
        await Gateway.Eventually.HoldsAsync(() => discord.Logs.Lines.Any(line => line.Contains("[1107]", StringComparison.Ordinal)), what: "the dispatcher to mark Alice unreachable");
        var attempts = discord.Emulator.RestRequests.Count(r => r.RouteKey == MessagesRoute);
        discord.Emulator.SetUserUnreachable(TestUsers.Alice.Id, null);

        // Her next command: nothing is planned any more (the 2 h nudge was cancelled too), and she is told why.
        var next = await RunAsync(discord, "nudges", null, shown => shown.Contains(FastNudgeContent.BackOn, StringComparison.Ordinal));
        var later = await RunAsync(discord, "nudges", null, shown => shown.Contains("Rule 2", StringComparison.Ordinal));

        Assert.StartsWith("nudge-", refused.Body!.Value.GetProperty("nonce").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, attempts);
        Assert.Contains("No reminders are planned right now", next, StringComparison.Ordinal);
        Assert.DoesNotContain(FastNudgeContent.BackOn, later, StringComparison.Ordinal);
    }

    private static async Task<string> RunAsync(DiscordHarness discord, string command, string? details, Func<string, bool> until)
    {
        var options = details is null ? new Dictionary<string, object?>() : new Dictionary<string, object?> { ["details"] = details };
        var handle = await discord.Emulator.SendSlashCommandAsync(TestUsers.Alice, command, options);
        var response = await handle.WaitForResponseAsync(r => until(InteractionTests.Shown(r)), DiscordHarness.Wait);
        return InteractionTests.Shown(response);
    }
}
