using InterviewCoachBot.Adapters.Discord.Rest;
using InterviewCoachBot.Adapters.Discord.Tests.Gateway;
using InterviewCoachBot.Emulators.Discord;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InterviewCoachBot.Adapters.Discord.Tests.Interactions;

/// <summary>Interactions Discord delivers after their 3-second answer window (a RESUME replays what was missed).</summary>
public sealed class StaleInteractionTests
{
    private static readonly Dictionary<string, object?> Details = new() { ["details"] = "Acme | Backend Engineer | Dana | yesterday 15:00 | email" };

    [Fact]
    public async Task ReplayedAfterItsAnswerWindow_IsNeitherAppliedNorAnswered()
    {
        var time = new SteppedClock(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero)) { Unwatched = DiscordRestClient.RequestTimeout };
        await using var discord = await DiscordHarness.StartAsync(
            new DiscordEmulatorOptions { TimeProvider = time, HeartbeatIntervalMs = 3_600_000 },
            configure: services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(time)));
        await discord.WaitForSessionAsync();

        // The socket drops and the resume node refuses the first reconnect; Discord keeps the command for the replay.
        var mark = time.Created;
        discord.Emulator.RefuseResumeConnections(true);
        await discord.Emulator.DropSocketAsync();
        var stale = await discord.Emulator.SendSlashCommandAsync(TestUsers.Alice, "interview", Details);
        await Eventually.HoldsAsync(
            () => discord.Logs.AllText.Contains("Reconnecting to the gateway", StringComparison.Ordinal) && time.HasTimerArmedAfter(mark),
            what: "the client to back off");
        discord.Emulator.RefuseResumeConnections(false);

        // At least 5 s, so the replayed command is past its window; further if the backoff is longer.
        var backoff = time.UntilNextTimer ?? TimeSpan.Zero;
        time.Advance(backoff > TimeSpan.FromSeconds(5) ? backoff : TimeSpan.FromSeconds(5));
        await discord.Emulator.WaitForGatewayAsync(s => s.SuccessfulResumes == 1, DiscordHarness.Wait);
        await Eventually.HoldsAsync(() => discord.Logs.AllText.Contains("too old to answer", StringComparison.Ordinal), what: "the stale interaction to be dropped");

        var fresh = await discord.Emulator.SendSlashCommandAsync(TestUsers.Alice, "interview", Details);
        var response = await fresh.WaitForResponseAsync(r => InteractionTests.Shown(r).Length > 0, DiscordHarness.Wait);

        Assert.Contains("Saved interview #1.", InteractionTests.Shown(response), StringComparison.Ordinal);
        Assert.DoesNotContain(discord.Emulator.RestRequests, r => r.Path.Contains(stale.Id, StringComparison.Ordinal));
    }
}
