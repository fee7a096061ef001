using static InterviewCoachBot.Emulators.Discord.Tests.TestUsers;

namespace InterviewCoachBot.Emulators.Discord.Tests;

public sealed class GatewayResumeTests
{
    [Fact]
    public async Task Resume_AfterDropSocket_ReplaysMissedDispatchesThenResumed()
    {
        await using var emulator = await StartAsync();
        var (client, ready) = await GatewayTestClient.IdentifyAsync(emulator, Token);
        var sessionId = ready.GetProperty("session_id").GetString();

        await emulator.DropSocketAsync();
        Assert.True(await client.ReceiveUntilDroppedAsync());
        await client.DisposeAsync();
        await emulator.WaitForGatewayAsync(s => s.OpenConnections == 0, WaitTimeout);
        var first = await emulator.SendSlashCommandAsync(Alice, "coach", NoOptions, "checklist");
        var second = await emulator.SendSlashCommandAsync(Alice, "coach", NoOptions, "follow-up");

        await using var resumed = await GatewayTestClient.ConnectAsync(emulator.ResumeGatewayUrl);
        await resumed.ReceiveOpAsync(10);
        await resumed.SendAsync(new { op = 6, d = new { token = Token, session_id = sessionId, seq = 1 } });
        var replay1 = await resumed.ReceiveOpAsync(0);
        var replay2 = await resumed.ReceiveOpAsync(0);
        var done = await resumed.ReceiveOpAsync(0);

        Assert.Equal(("INTERACTION_CREATE", 2, first.Id), (replay1.GetProperty("t").GetString(), replay1.GetProperty("s").GetInt32(),
            replay1.GetProperty("d").GetProperty("id").GetString()));
        Assert.Equal(("INTERACTION_CREATE", 3, second.Id), (replay2.GetProperty("t").GetString(), replay2.GetProperty("s").GetInt32(),
            replay2.GetProperty("d").GetProperty("id").GetString()));
        Assert.Equal(("RESUMED", 4), (done.GetProperty("t").GetString(), done.GetProperty("s").GetInt32()));
        var stats = emulator.Gateway;
        Assert.Equal((1, 1, 1, 1), (stats.Identifies, stats.Resumes, stats.SuccessfulResumes, stats.ResumeUrlConnections));
        Assert.Equal([null], stats.ClientCloseCodes);
    }

    [Fact]
    public async Task Resume_WithUnknownSession_SendsInvalidSessionFalse()
    {
        await using var emulator = await StartAsync();
        await using var client = await GatewayTestClient.ConnectAsync(emulator.ResumeGatewayUrl);
        await client.ReceiveOpAsync(10);

        await client.SendAsync(new { op = 6, d = new { token = Token, session_id = "nope", seq = 3 } });
        var invalid = await client.ReceiveOpAsync(9);

        Assert.False(invalid.GetProperty("d").GetBoolean());
        Assert.Equal(0, emulator.Gateway.SuccessfulResumes);
    }

    [Fact]
    public async Task SendReconnect_SendsOp7AndSessionStaysResumable()
    {
        await using var emulator = await StartAsync();
        var (client, ready) = await GatewayTestClient.IdentifyAsync(emulator, Token);

        await emulator.SendReconnectAsync();
        var reconnect = await client.ReceiveOpAsync(7);
        await client.CloseAsync((System.Net.WebSockets.WebSocketCloseStatus)4000);
        await client.DisposeAsync();
        await using var resumed = await GatewayTestClient.ConnectAsync(emulator.ResumeGatewayUrl);
        await resumed.ReceiveOpAsync(10);
        await resumed.SendAsync(new { op = 6, d = new { token = Token, session_id = ready.GetProperty("session_id").GetString(), seq = 1 } });
        var done = await resumed.ReceiveDispatchAsync("RESUMED");

        Assert.Equal(System.Text.Json.JsonValueKind.Null, reconnect.GetProperty("d").ValueKind);
        Assert.Equal(2, done.GetProperty("s").GetInt32());
        Assert.Equal(1, emulator.Gateway.Identifies);
    }

    [Fact]
    public async Task SendInvalidSession_NotResumable_SendsOp9FalseAndResumeIsRefused()
    {
        await using var emulator = await StartAsync();
        var (client, ready) = await GatewayTestClient.IdentifyAsync(emulator, Token);
        await using var _ = client;

        await emulator.SendInvalidSessionAsync(resumable: false);
        var invalid = await client.ReceiveOpAsync(9);
        await client.SendAsync(new { op = 6, d = new { token = Token, session_id = ready.GetProperty("session_id").GetString(), seq = 1 } });
        var refused = await client.ReceiveOpAsync(9);
        await client.SendAsync(GatewayTestClient.Identify(Token));
        var readyAgain = await client.ReceiveDispatchAsync("READY");

        Assert.False(invalid.GetProperty("d").GetBoolean());
        Assert.False(refused.GetProperty("d").GetBoolean());
        Assert.NotEqual(ready.GetProperty("session_id").GetString(), readyAgain.GetProperty("d").GetProperty("session_id").GetString());
        Assert.Equal(2, emulator.Gateway.Sessions);
    }

    [Fact]
    public async Task SendInvalidSession_Resumable_SendsOp9TrueAndResumeOnSameSocketWorks()
    {
        await using var emulator = await StartAsync();
        var (client, ready) = await GatewayTestClient.IdentifyAsync(emulator, Token);
        await using var _ = client;

        await emulator.SendInvalidSessionAsync(resumable: true);
        var invalid = await client.ReceiveOpAsync(9);
        await client.SendAsync(new { op = 6, d = new { token = Token, session_id = ready.GetProperty("session_id").GetString(), seq = 1 } });
        await client.ReceiveDispatchAsync("RESUMED");

        Assert.True(invalid.GetProperty("d").GetBoolean());
        Assert.Equal(1, emulator.Gateway.SuccessfulResumes);
    }

    [Fact]
    public async Task CloseGateway4009_SessionEnded_ResumeGetsInvalidSession()
    {
        await using var emulator = await StartAsync();
        var (client, ready) = await GatewayTestClient.IdentifyAsync(emulator, Token);

        await emulator.CloseGatewayAsync(4009);
        var code = await client.ReceiveCloseAsync();
        await client.DisposeAsync();
        await using var second = await GatewayTestClient.ConnectAsync(emulator.ResumeGatewayUrl);
        await second.ReceiveOpAsync(10);
        await second.SendAsync(new { op = 6, d = new { token = Token, session_id = ready.GetProperty("session_id").GetString(), seq = 1 } });

        Assert.Equal(4009, code);
        Assert.False((await second.ReceiveOpAsync(9)).GetProperty("d").GetBoolean());
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(1001)]
    public async Task CloseGateway_NormalOrGoingAwayFromTheServer_SessionStaysResumable(int code)
    {
        // gateway.mdx: only a close with 1000/1001 sent by the *client* invalidates the session; a load balancer's
        // "going away" does not.
        await using var emulator = await StartAsync();
        var (client, ready) = await GatewayTestClient.IdentifyAsync(emulator, Token);

        await emulator.CloseGatewayAsync(code);
        var received = await client.ReceiveCloseAsync();
        await client.DisposeAsync();
        await using var second = await GatewayTestClient.ConnectAsync(emulator.ResumeGatewayUrl);
        await second.ReceiveOpAsync(10);
        await second.SendAsync(new { op = 6, d = new { token = Token, session_id = ready.GetProperty("session_id").GetString(), seq = 1 } });

        Assert.Equal(code, received);
        await second.ReceiveDispatchAsync("RESUMED");
    }

    [Fact]
    public async Task RefuseResumeConnections_ResumeHostRefusesButTheGatewayUrlWorks()
    {
        await using var emulator = await StartAsync();
        emulator.RefuseResumeConnections(true);

        await Assert.ThrowsAsync<System.Net.WebSockets.WebSocketException>(() => GatewayTestClient.ConnectAsync(emulator.ResumeGatewayUrl));
        await using var main = await GatewayTestClient.ConnectAsync(emulator.GatewayUrl);

        await main.ReceiveOpAsync(10);
    }
}
