using System.Text.Json;
using InterviewCoachBot.Adapters.Discord.Gateway;

namespace InterviewCoachBot.Adapters.Discord.Tests.Gateway;

/// <summary>The gateway state machine against a scripted transport and a fake clock.</summary>
public sealed class GatewayClientTests
{
    [Fact]
    public async Task RunAsync_Hello_IdentifiesWithNoIntentsAndJittersTheFirstHeartbeat()
    {
        await using var rig = new GatewayRig();
        rig.Start();

        var url = await rig.Transport.NextConnectionAsync();
        rig.Transport.Hello(1000);
        await rig.WaitForSentAsync(GatewayOpcode.Identify, 1);
        var helloAt = rig.Time.GetUtcNow();
        rig.Transport.Ready(1);
        await rig.WaitForSentAsync(GatewayOpcode.Heartbeat, 1, advanceTime: true);
        var firstBeatAfter = rig.Time.GetUtcNow() - helloAt;

        Assert.Equal("wss://gateway.example/?v=10&encoding=json", url.ToString());
        var identify = rig.Transport.SentWithOp(GatewayOpcode.Identify)[0].GetProperty("d");
        Assert.Equal(0, identify.GetProperty("intents").GetInt32());
        Assert.Equal(GatewayRig.Token, identify.GetProperty("token").GetString());
        Assert.True(firstBeatAfter < TimeSpan.FromMilliseconds(1000), $"first beat after {firstBeatAfter}");
        Assert.Equal(1, rig.Transport.SentWithOp(GatewayOpcode.Heartbeat)[0].GetProperty("d").GetInt32());
    }

    [Fact]
    public async Task RunAsync_HeartbeatNotAcked_ReconnectsToResumeUrlAndResumes()
    {
        await using var rig = new GatewayRig();
        await rig.StartReadyAsync();
        rig.Transport.Dispatch("INTERACTION_CREATE", 2, new System.Text.Json.Nodes.JsonObject { ["id"] = "1" });
        await rig.WaitForSentAsync(GatewayOpcode.Heartbeat, 1, advanceTime: true);

        await rig.WaitForConnectionsAsync(2, advanceTime: true);
        rig.Transport.Hello(1000);
        await rig.WaitForSentAsync(GatewayOpcode.Resume, 1);

        Assert.StartsWith(GatewayRig.ResumeUrl.ToString(), rig.Transport.Connections[1].ToString(), StringComparison.Ordinal);
        var resume = rig.Transport.SentWithOp(GatewayOpcode.Resume)[0].GetProperty("d");
        Assert.Equal("session-1", resume.GetProperty("session_id").GetString());
        Assert.Equal(2, resume.GetProperty("seq").GetInt32());
        Assert.Single(rig.Transport.SentWithOp(GatewayOpcode.Identify));
        Assert.True(rig.Transport.Disconnects[0], "a zombie is dropped without ending the session");
    }

    [Theory]
    [InlineData("""{"op":0,"s":3000000000,"t":"INTERACTION_CREATE","d":{}}""")]
    [InlineData("""{"op":1.5,"d":null}""")]
    [InlineData("""{"op":0,"s":2,"t":"READY","d":{"session_id":"s","resume_gateway_url":"not a url"}}""")]
    public async Task RunAsync_UnreadableFrame_ResumesInsteadOfStopping(string frame)
    {
        await using var rig = new GatewayRig();
        await rig.StartReadyAsync();

        rig.Transport.Raw(System.Text.Json.Nodes.JsonNode.Parse(frame)!.AsObject());
        await rig.WaitForConnectionsAsync(2, advanceTime: true);
        rig.Transport.Hello(1000);
        await rig.WaitForSentAsync(GatewayOpcode.Resume, 1);

        Assert.False(rig.Running!.IsFaulted);
        Assert.Single(rig.Transport.SentWithOp(GatewayOpcode.Identify));
    }

    [Fact]
    public async Task RunAsync_AckedHeartbeats_KeepTheConnection()
    {
        await using var rig = new GatewayRig();
        await rig.StartReadyAsync();

        for (var beat = 1; beat <= 5; beat++)
        {
            await rig.WaitForSentAsync(GatewayOpcode.Heartbeat, beat, advanceTime: true);
            rig.Transport.Ack();
            var acked = beat;
            await Eventually.HoldsAsync(() => rig.Client.Metrics.HeartbeatAcks == acked, what: $"ACK #{acked} to be handled");
        }

        Assert.Single(rig.Transport.Connections);
    }

    [Fact]
    public async Task RunAsync_ServerAsksForHeartbeat_SendsOneAtOnce()
    {
        await using var rig = new GatewayRig();
        await rig.StartReadyAsync(intervalMs: 60_000);

        rig.Transport.Op((int)GatewayOpcode.Heartbeat);

        await rig.WaitForSentAsync(GatewayOpcode.Heartbeat, 1);
    }

    [Fact]
    public async Task RunAsync_Reconnect_ResumesWithTheLastSequence()
    {
        await using var rig = new GatewayRig();
        await rig.StartReadyAsync();
        rig.Transport.Dispatch("INTERACTION_CREATE", 2, new System.Text.Json.Nodes.JsonObject { ["id"] = "a" });
        rig.Transport.Dispatch("INTERACTION_CREATE", 3, new System.Text.Json.Nodes.JsonObject { ["id"] = "b" });

        rig.Transport.Op((int)GatewayOpcode.Reconnect);
        await rig.WaitForConnectionsAsync(2);
        rig.Transport.Hello(1000);
        await rig.WaitForSentAsync(GatewayOpcode.Resume, 1);

        Assert.Equal(3, rig.Transport.SentWithOp(GatewayOpcode.Resume)[0].GetProperty("d").GetProperty("seq").GetInt32());
        Assert.Equal(["INTERACTION_CREATE", "INTERACTION_CREATE"], rig.Dispatches.Events.Select(e => e.Name));
    }

    [Fact]
    public async Task RunAsync_InvalidSessionNotResumable_WaitsOneToFiveSecondsThenIdentifies()
    {
        await using var rig = new GatewayRig();
        await rig.StartReadyAsync(intervalMs: 60_000);
        var invalidAt = rig.Time.GetUtcNow();

        rig.Transport.Op((int)GatewayOpcode.InvalidSession, false);
        await rig.WaitForConnectionsAsync(2, advanceTime: true);
        var waited = rig.Time.GetUtcNow() - invalidAt;
        rig.Transport.Hello(60_000);
        await rig.WaitForSentAsync(GatewayOpcode.Identify, 2);

        Assert.InRange(waited, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5.1));
        Assert.Equal(GatewayRig.GatewayUrl.Host, rig.Transport.Connections[1].Host);
        Assert.Empty(rig.Transport.SentWithOp(GatewayOpcode.Resume));
    }

    [Fact]
    public async Task RunAsync_InvalidSessionResumable_Resumes()
    {
        await using var rig = new GatewayRig();
        await rig.StartReadyAsync(intervalMs: 60_000);

        rig.Transport.Op((int)GatewayOpcode.InvalidSession, true);
        await rig.WaitForConnectionsAsync(2);
        rig.Transport.Hello(60_000);
        await rig.WaitForSentAsync(GatewayOpcode.Resume, 1);

        Assert.Single(rig.Transport.SentWithOp(GatewayOpcode.Identify));
    }

    [Theory]
    [InlineData(4004)]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    [InlineData(4014)]
    public async Task RunAsync_FatalCloseCode_StopsWithoutReconnecting(int code)
    {
        await using var rig = new GatewayRig();
        await rig.StartReadyAsync(intervalMs: 60_000);

        rig.Transport.Close(code);
        var failure = await Assert.ThrowsAsync<DiscordFatalException>(() => rig.Running!.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
        rig.Time.Advance(TimeSpan.FromMinutes(5));

        Assert.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(GatewayRig.Token, failure.Message, StringComparison.Ordinal);
        Assert.Single(rig.Transport.Connections);
    }

    [Theory]
    [InlineData(4007)]
    [InlineData(4009)]
    public async Task RunAsync_SessionEndingCloseCode_IdentifiesAgain(int code)
    {
        await using var rig = new GatewayRig();
        await rig.StartReadyAsync(intervalMs: 60_000);

        rig.Transport.Close(code);
        await rig.WaitForConnectionsAsync(2, advanceTime: true);
        rig.Transport.Hello(60_000);
        await rig.WaitForSentAsync(GatewayOpcode.Identify, 2);

        Assert.Empty(rig.Transport.SentWithOp(GatewayOpcode.Resume));
    }

    [Fact]
    public async Task RunAsync_DropWithoutCloseCode_ResumesAtOnce()
    {
        await using var rig = new GatewayRig();
        await rig.StartReadyAsync(intervalMs: 60_000);

        rig.Transport.Close(null);
        await rig.WaitForConnectionsAsync(2);
        rig.Transport.Hello(60_000);
        await rig.WaitForSentAsync(GatewayOpcode.Resume, 1);

        Assert.Single(rig.Transport.SentWithOp(GatewayOpcode.Identify));
    }

    [Fact]
    public async Task RunAsync_RepeatedFailuresBeforeReady_BackOff()
    {
        await using var rig = new GatewayRig();
        await rig.StartReadyAsync(intervalMs: 60_000);
        rig.Transport.Close(null);
        await rig.WaitForConnectionsAsync(2);
        var secondAt = rig.Time.GetUtcNow();

        rig.Transport.Close(null);
        await rig.WaitForConnectionsAsync(3, advanceTime: true);
        var third = rig.Time.GetUtcNow() - secondAt;
        rig.Transport.Close(null);
        var thirdAt = rig.Time.GetUtcNow();
        await rig.WaitForConnectionsAsync(4, advanceTime: true);
        var fourth = rig.Time.GetUtcNow() - thirdAt;

        Assert.InRange(third, TimeSpan.FromSeconds(0.7), TimeSpan.FromSeconds(1.35));
        Assert.InRange(fourth, TimeSpan.FromSeconds(1.45), TimeSpan.FromSeconds(2.6));
    }

    [Fact]
    public async Task RunAsync_StoredSession_ResumesAfterRestartWithoutIdentify()
    {
        await using var state = new PlatformStateFile();
        await using (var first = new GatewayRig(state))
        {
            await first.StartReadyAsync(intervalMs: 60_000);
            first.Transport.Dispatch("INTERACTION_CREATE", 2, new System.Text.Json.Nodes.JsonObject { ["id"] = "x" });
            await Eventually.HoldsAsync(async () => (await state.GetAsync(GatewaySessionStore.Key))!.Contains("\"seq\":2", StringComparison.Ordinal));
        }

        await using var second = new GatewayRig(state);
        second.Start();
        var url = await second.Transport.NextConnectionAsync();
        second.Transport.Hello(60_000);
        await second.WaitForSentAsync(GatewayOpcode.Resume, 1);

        Assert.Equal(GatewayRig.ResumeUrl.Host, url.Host);
        Assert.Equal(2, second.Transport.SentWithOp(GatewayOpcode.Resume)[0].GetProperty("d").GetProperty("seq").GetInt32());
        Assert.Empty(second.Transport.SentWithOp(GatewayOpcode.Identify));
    }

    [Fact]
    public async Task RunAsync_Cancelled_ClosesKeepingTheSessionResumable()
    {
        await using var state = new PlatformStateFile();
        var rig = new GatewayRig(state);
        await rig.StartReadyAsync(intervalMs: 60_000);

        await rig.DisposeAsync();

        Assert.Equal([true], rig.Transport.Disconnects);
        Assert.Contains("session-1", await state.GetAsync(GatewaySessionStore.Key), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Dispatches_HandsOnEverythingButReadyAndResumed()
    {
        await using var rig = new GatewayRig();
        await rig.StartReadyAsync(intervalMs: 60_000);

        rig.Transport.Dispatch("INTERACTION_CREATE", 2, new System.Text.Json.Nodes.JsonObject { ["id"] = "7" });
        rig.Transport.Dispatch("GUILD_CREATE", 3, new System.Text.Json.Nodes.JsonObject());
        await Eventually.HoldsAsync(() => rig.Dispatches.Events.Count == 2);

        Assert.Equal("7", rig.Dispatches.Events[0].Data.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Object, rig.Dispatches.Events[1].Data.ValueKind);
    }
}
