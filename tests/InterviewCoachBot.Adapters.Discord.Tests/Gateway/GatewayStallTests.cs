using InterviewCoachBot.Adapters.Discord.Gateway;
using InterviewCoachBot.Emulators.Discord;

namespace InterviewCoachBot.Adapters.Discord.Tests.Gateway;

/// <summary>Gateway nodes that stop answering, against the emulator on a fake clock.</summary>
public sealed class GatewayStallTests
{
    [Fact]
    public async Task SocketOpensButNoHelloComes_ReconnectsAfterTheHelloTimeoutAndIdentifies()
    {
        await using var rig = await EmulatedGatewayRig.StartAsync(
            time => new DiscordEmulatorOptions { TimeProvider = time, HeartbeatIntervalMs = 3_600_000 },
            emulator => emulator.SilenceNextConnections(1));
        var start = rig.Time.GetUtcNow();

        // Time moves while connected only until the client begins its second connection: that one's HELLO comes over a
        // real socket, and a jump meanwhile would time it out too. The client's own count is read, not the emulator's,
        // which may count the socket only after the client has armed the new HELLO timeout.
        await rig.WaitAsync(() => rig.Transport.Connects == 2, "a second connection", whileConnected: true);
        await rig.WaitAsync(() => rig.Client.Metrics.Readies == 1, "READY on the second connection");

        Assert.False(rig.Running!.IsCompleted, "the client is still running");
        var stats = rig.Emulator.Gateway;
        Assert.Equal(2, stats.Connections);
        Assert.Equal(1, stats.Identifies);
        Assert.InRange(rig.Time.GetUtcNow() - start, GatewayClient.HelloTimeout, GatewayClient.HelloTimeout + TimeSpan.FromSeconds(10));
        Assert.Contains("No HELLO", rig.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResumeHostRefusesConnections_FallsBackToIdentifyOnTheGatewayUrl()
    {
        await using var rig = await EmulatedGatewayRig.StartAsync(time => new DiscordEmulatorOptions { TimeProvider = time, HeartbeatIntervalMs = 3_600_000 });
        await rig.WaitAsync(() => rig.Client.Metrics.Readies == 1, "the first READY");

        rig.Emulator.RefuseResumeConnections(true);
        await rig.Emulator.DropSocketAsync();
        await rig.WaitAsync(() => rig.Client.Metrics.Readies == 2, "READY of a new session on the gateway URL");

        Assert.False(rig.Running!.IsCompleted, "the client is still running");
        var stats = rig.Emulator.Gateway;
        Assert.Equal(2, stats.Identifies);
        Assert.Equal(0, stats.Resumes);
        Assert.Contains("attempts to resume", rig.Logs.AllText, StringComparison.Ordinal);
    }
}
