using System.Net.WebSockets;
using static InterviewCoachBot.Emulators.Discord.Tests.TestUsers;

namespace InterviewCoachBot.Emulators.Discord.Tests;

public sealed class GatewayLifecycleTests
{
    [Fact]
    public async Task Connect_WithV10Json_SendsHelloWithConfiguredInterval()
    {
        await using var emulator = await StartAsync(new DiscordEmulatorOptions { HeartbeatIntervalMs = 1234 });
        await using var client = await GatewayTestClient.ConnectAsync(emulator.GatewayUrl);

        var hello = await client.ReceiveOpAsync(10);

        Assert.Equal(1234, hello.GetProperty("d").GetProperty("heartbeat_interval").GetInt32());
    }

    [Fact]
    public async Task SilenceNextConnections_SocketOpensButNoHelloComes_NextOneGetsHello()
    {
        await using var emulator = await StartAsync();
        emulator.SilenceNextConnections(1);
        await using var silent = await GatewayTestClient.ConnectAsync(emulator.GatewayUrl);
        await using var next = await GatewayTestClient.ConnectAsync(emulator.GatewayUrl);

        await next.ReceiveOpAsync(10);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => silent.ReceiveAsync());
    }

    [Fact]
    public async Task Identify_WithRawToken_SendsReadyWithSessionAndResumeUrl()
    {
        await using var emulator = await StartAsync();

        var (client, ready) = await GatewayTestClient.IdentifyAsync(emulator, Token);
        await using var _ = client;

        Assert.False(string.IsNullOrEmpty(ready.GetProperty("session_id").GetString()));
        Assert.Equal(emulator.ResumeGatewayUrl.ToString(), ready.GetProperty("resume_gateway_url").GetString());
        Assert.NotEqual(emulator.GatewayUrl.AbsolutePath, emulator.ResumeGatewayUrl.AbsolutePath);
        Assert.Equal(AppId, ready.GetProperty("application").GetProperty("id").GetString());
        Assert.True(ready.GetProperty("user").GetProperty("bot").GetBoolean());
        Assert.Equal(1, emulator.Gateway.Identifies);
        Assert.Equal(1, emulator.Gateway.LastSequence);
    }

    [Fact]
    public async Task GatewayBot_ThenConnect_UrlFromRestWorks()
    {
        await using var emulator = await StartAsync();
        using var rest = new RestTestClient(emulator, Token);

        var reply = await rest.SendAsync(HttpMethod.Get, "/gateway/bot");
        var url = new Uri(reply.Json.GetProperty("url").GetString()!);
        await using var client = await GatewayTestClient.ConnectAsync(url);

        Assert.Equal(emulator.GatewayUrl, url);
        Assert.True(reply.Json.GetProperty("session_start_limit").GetProperty("remaining").GetInt32() > 0);
        Assert.Equal(10, (await client.ReceiveOpAsync(10)).GetProperty("op").GetInt32());
    }

    [Fact]
    public async Task Heartbeat_WithLastSequence_IsAcknowledged()
    {
        await using var emulator = await StartAsync();
        var (client, _) = await GatewayTestClient.IdentifyAsync(emulator, Token);
        await using var _1 = client;

        await client.SendAsync(new { op = 1, d = 1 });
        await client.ReceiveOpAsync(11);

        Assert.Equal(1, emulator.Gateway.Heartbeats);
        Assert.Equal(1, emulator.Gateway.HeartbeatAcks);
        Assert.Equal(1, emulator.Gateway.LastClientSequence);
    }

    [Fact]
    public async Task WithholdHeartbeatAcks_On_HeartbeatRecordedButNotAcknowledged()
    {
        await using var emulator = await StartAsync();
        var (client, _) = await GatewayTestClient.IdentifyAsync(emulator, Token);
        await using var _1 = client;

        emulator.WithholdHeartbeatAcks(true);
        await client.SendAsync(new { op = 1, d = 1 });
        await emulator.WaitForGatewayAsync(s => s.Heartbeats == 1, WaitTimeout);
        emulator.WithholdHeartbeatAcks(false);
        await client.SendAsync(new { op = 1, d = 1 });
        var next = await client.ReceiveAsync();

        Assert.Equal(11, next!.Value.GetProperty("op").GetInt32());
        Assert.Equal(2, emulator.Gateway.Heartbeats);
        Assert.Equal(1, emulator.Gateway.HeartbeatAcks);
    }

    [Fact]
    public async Task RequestHeartbeat_SendsOp1ToClient()
    {
        await using var emulator = await StartAsync();
        var (client, _) = await GatewayTestClient.IdentifyAsync(emulator, Token);
        await using var _1 = client;

        await emulator.RequestHeartbeatAsync();

        Assert.Equal(1, (await client.ReceiveOpAsync(1)).GetProperty("op").GetInt32());
    }

    [Fact]
    public async Task ClientClose1000_EndsSession_ResumeGetsInvalidSession()
    {
        await using var emulator = await StartAsync();
        var (client, ready) = await GatewayTestClient.IdentifyAsync(emulator, Token);
        await client.CloseAsync(WebSocketCloseStatus.NormalClosure);
        await client.DisposeAsync();
        await emulator.WaitForGatewayAsync(s => s.OpenConnections == 0, WaitTimeout);

        await using var second = await GatewayTestClient.ConnectAsync(emulator.ResumeGatewayUrl);
        await second.ReceiveOpAsync(10);
        await second.SendAsync(new { op = 6, d = new { token = Token, session_id = ready.GetProperty("session_id").GetString(), seq = 1 } });
        var invalid = await second.ReceiveOpAsync(9);

        Assert.False(invalid.GetProperty("d").GetBoolean());
        Assert.Equal([1000], emulator.Gateway.ClientCloseCodes);
    }
}
