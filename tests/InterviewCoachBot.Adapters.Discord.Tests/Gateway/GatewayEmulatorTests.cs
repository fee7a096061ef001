using InterviewCoachBot.Adapters.Discord.Gateway;
using InterviewCoachBot.Emulators.Discord;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace InterviewCoachBot.Adapters.Discord.Tests.Gateway;

/// <summary>The real adapter (ClientWebSocket, SQLite, engine) against the loopback Discord emulator.</summary>
public sealed class GatewayEmulatorTests
{
    [Fact]
    public async Task Start_IdentifiesOnceAndHeartbeatsAreAcked()
    {
        // The heartbeats come when the emulator asks for one (op 1), not on a real-time interval, so a slow machine can't
        // turn a late ACK into a zombie reconnect; the interval is far longer than the test.
        await using var discord = await DiscordHarness.StartAsync(new DiscordEmulatorOptions { HeartbeatIntervalMs = 3_600_000 });
        await discord.WaitForSessionAsync();

        for (var beat = 1; beat <= 5; beat++)
        {
            var target = beat;
            await discord.Emulator.RequestHeartbeatAsync();
            await discord.Emulator.WaitForGatewayAsync(s => s.HeartbeatAcks >= target, DiscordHarness.Wait);
            await Eventually.HoldsAsync(() => discord.GatewayMetrics.HeartbeatAcks >= target, what: $"the client to handle ACK #{target}");
        }

        var stats = discord.Emulator.Gateway;

        Assert.Equal(1, stats.Identifies);
        Assert.Equal(1, stats.Connections);
        var identify = discord.Emulator.GatewayFrames.Single(f => f.Op == 2).Payload!.Value.GetProperty("d");
        Assert.Equal(0, identify.GetProperty("intents").GetInt32());
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"heartbeat ACK latency: last {discord.GatewayMetrics.LastAckLatency.TotalMilliseconds:F2} ms, max {discord.GatewayMetrics.MaxAckLatency.TotalMilliseconds:F2} ms");
    }

    [Fact]
    public async Task FiftySocketDrops_FiftyResumes_NoNewIdentifyAndNoLostInteraction()
    {
        await using var discord = await DiscordHarness.StartAsync(new DiscordEmulatorOptions { HeartbeatIntervalMs = 5000 });
        await discord.WaitForSessionAsync();
        var handles = new List<InteractionHandle>();

        for (var drop = 1; drop <= 50; drop++)
        {
            await discord.Emulator.DropSocketAsync();
            if (drop % 10 == 0)
            {
                // Sent while the socket is down: Discord buffers it and replays it on RESUME.
                handles.Add(await discord.Emulator.SendSlashCommandAsync(TestUsers.Alice, "help", new Dictionary<string, object?>()));
            }

            var target = drop;
            await discord.Emulator.WaitForGatewayAsync(s => s.SuccessfulResumes >= target && s.OpenConnections == 1, DiscordHarness.Wait);
            await Eventually.HoldsAsync(() => discord.GatewayMetrics.Resumed >= target, what: $"the client to handle RESUMED #{target}");
        }

        foreach (var handle in handles)
        {
            await handle.WaitForResponseAsync(r => r.Original is not null || r.FollowUps.Count > 0, DiscordHarness.Wait);
        }

        var stats = discord.Emulator.Gateway;
        Assert.Equal(1, stats.Identifies);
        Assert.Equal(50, stats.SuccessfulResumes);
        Assert.Equal(50, stats.ResumeUrlConnections);
        Assert.Equal(50, discord.GatewayMetrics.Resumed);
        TestContext.Current.TestOutputHelper?.WriteLine($"50 drops: {stats.Resumes} RESUMEs, {stats.SuccessfulResumes} resumed, {stats.Identifies} IDENTIFY");
    }

    [Fact]
    public async Task Reconnect_Op7_ResumesOnTheResumeUrl()
    {
        await using var discord = await DiscordHarness.StartAsync();
        await discord.WaitForSessionAsync();

        await discord.Emulator.SendReconnectAsync();
        var stats = await discord.Emulator.WaitForGatewayAsync(s => s.SuccessfulResumes == 1, DiscordHarness.Wait);

        Assert.Equal(1, stats.ResumeUrlConnections);
        Assert.Equal(1, stats.Identifies);
        Assert.DoesNotContain(stats.ClientCloseCodes, code => code is 1000 or 1001);
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(1001)]
    public async Task ServerClose_NormalOrGoingAway_ResumesWithoutANewIdentify(int code)
    {
        await using var discord = await DiscordHarness.StartAsync();
        await discord.WaitForSessionAsync();

        await discord.Emulator.CloseGatewayAsync(code);
        var stats = await discord.Emulator.WaitForGatewayAsync(s => s.SuccessfulResumes == 1, DiscordHarness.Wait);

        Assert.Equal(1, stats.Identifies);
        Assert.Equal(1, stats.ResumeUrlConnections);
    }

    [Fact]
    public async Task InvalidSession_Resumable_Resumes()
    {
        await using var discord = await DiscordHarness.StartAsync();
        await discord.WaitForSessionAsync();

        await discord.Emulator.SendInvalidSessionAsync(resumable: true);
        var stats = await discord.Emulator.WaitForGatewayAsync(s => s.SuccessfulResumes == 1, DiscordHarness.Wait);

        Assert.Equal(1, stats.Identifies);
    }

    [Fact]
    public async Task MissingAcks_ZombieDetected_ReconnectsAndResumes()
    {
        await using var discord = await DiscordHarness.StartAsync(new DiscordEmulatorOptions { HeartbeatIntervalMs = 300 });
        await discord.WaitForSessionAsync();

        discord.Emulator.WithholdHeartbeatAcks(true);
        await discord.Emulator.WaitForGatewayAsync(s => s.Connections >= 2, DiscordHarness.Wait);
        discord.Emulator.WithholdHeartbeatAcks(false);
        var stats = await discord.Emulator.WaitForGatewayAsync(s => s.SuccessfulResumes >= 1, DiscordHarness.Wait);

        Assert.Equal(1, stats.Identifies);
        Assert.Contains(stats.ClientCloseCodes, code => code is null or 4000);
    }

    [Fact]
    public async Task RejectedToken_Close4004_StopsWithoutReconnecting()
    {
        await using var discord = await DiscordHarness.StartAsync(startBot: false);
        await using var state = new PlatformStateFile();
        using var transport = new WebSocketGatewayTransport();
        using var client = new GatewayClient(
            transport,
            new EmulatorUrl(discord.Emulator.GatewayUrl),
            new GatewaySessionStore(state.Store, TimeProvider.System, NullLogger<GatewaySessionStore>.Instance),
            new RecordingDispatches(),
            Options.Create(new DiscordOptions { BotToken = "wrong-token-value", ApplicationId = DiscordHarness.ApplicationId }),
            TimeProvider.System,
            new GatewayJitter(new Random(3)),
            NullLogger<GatewayClient>.Instance);

        var failure = await Assert.ThrowsAsync<DiscordFatalException>(() => client.RunAsync(TestContext.Current.CancellationToken).WaitAsync(DiscordHarness.Wait, TestContext.Current.CancellationToken));

        Assert.Contains("4004", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-token-value", failure.Message, StringComparison.Ordinal);
        Assert.Equal(1, discord.Emulator.Gateway.Connections);
    }

    [Fact]
    public async Task Restart_WithinTheResumeWindow_ResumesTheStoredSession()
    {
        await using var discord = await DiscordHarness.StartAsync();
        await discord.WaitForSessionAsync();
        var handle = await discord.Emulator.SendSlashCommandAsync(TestUsers.Alice, "help", new Dictionary<string, object?>());
        await handle.WaitForResponseAsync(DiscordHarness.Wait);

        await discord.RestartBotAsync();
        var stats = await discord.Emulator.WaitForGatewayAsync(s => s.SuccessfulResumes == 1, DiscordHarness.Wait);

        Assert.Equal(1, stats.Identifies);
        Assert.Equal(1, stats.Sessions);
    }

    private sealed class EmulatorUrl(Uri url) : IGatewayUrlSource
    {
        public Task<GatewayBot> GetAsync(CancellationToken cancellationToken) => Task.FromResult(new GatewayBot(url, Limit: null));
    }
}
