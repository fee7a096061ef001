using InterviewCoachBot.Emulators.Discord;

namespace InterviewCoachBot.Adapters.Discord.Tests.Gateway;

/// <summary>IDENTIFY within Discord's session start limit, against the emulator on a fake clock.</summary>
public sealed class IdentifyPacingTests
{
    [Fact]
    public async Task TwentyInvalidSessionsInARow_StayWithinTheSessionStartLimitAndEndReady()
    {
        await using var rig = await EmulatedGatewayRig.StartAsync(time => new DiscordEmulatorOptions
        {
            TimeProvider = time,
            HeartbeatIntervalMs = 3_600_000,
            SessionStartLimit = 5,
            SessionStartResetAfter = TimeSpan.FromMinutes(10),
            IdentifySpacing = TimeSpan.FromSeconds(5),
        });
        rig.Emulator.FailNextIdentifies(20);

        await rig.WaitAsync(() => rig.Client.Metrics.Readies == 1, "READY after the op 9 storm");
        await rig.Emulator.SendSlashCommandAsync(TestUsers.Alice, "help", new Dictionary<string, object?>());
        await Eventually.HoldsAsync(() => rig.Dispatches.Events.Any(e => e.Name == "INTERACTION_CREATE"), what: "the interaction");

        Assert.False(rig.Running!.IsCompleted, "the client is still running");
        Assert.Equal(0, rig.Emulator.IdentifiesOverLimit);
        Assert.Equal(21, rig.Emulator.Gateway.Identifies);
        var identifiedAt = rig.Emulator.GatewayFrames.Where(f => f.Op == 2).Select(f => f.Time).ToList();
        var gaps = identifiedAt.Zip(identifiedAt.Skip(1), (a, b) => b - a).ToList();
        Assert.All(gaps, gap => Assert.True(gap >= TimeSpan.FromSeconds(5), $"IDENTIFYs {gap} apart"));
        Assert.Contains(gaps, gap => gap >= TimeSpan.FromSeconds(30));
        Assert.Contains("No gateway IDENTIFYs left", rig.Logs.AllText, StringComparison.Ordinal);
    }
}
