using static InterviewCoachBot.Emulators.Discord.Tests.TestUsers;

namespace InterviewCoachBot.Emulators.Discord.Tests;

public sealed class GatewayCloseCodeTests
{
    [Theory]
    [InlineData("wrong-token")]
    [InlineData("Bot " + Token)]
    public async Task Identify_WithBadToken_Closes4004(string token)
    {
        await using var emulator = await StartAsync();
        await using var client = await GatewayTestClient.ConnectAsync(emulator.GatewayUrl);
        await client.ReceiveOpAsync(10);

        await client.SendAsync(GatewayTestClient.Identify(token));

        Assert.Equal(4004, await client.ReceiveCloseAsync());
        Assert.Equal(0, emulator.Gateway.Sessions);
    }

    [Fact]
    public async Task RejectToken_ThenIdentify_Closes4004AndRestReturns401()
    {
        await using var emulator = await StartAsync();
        using var rest = new RestTestClient(emulator, Token);
        await using var client = await GatewayTestClient.ConnectAsync(emulator.GatewayUrl);
        await client.ReceiveOpAsync(10);

        emulator.RejectToken();
        await client.SendAsync(GatewayTestClient.Identify(Token));
        var reply = await rest.SendAsync(HttpMethod.Get, "/gateway/bot");

        Assert.Equal(4004, await client.ReceiveCloseAsync());
        Assert.Equal((401, 0, "401: Unauthorized"), (reply.Status, reply.Code, reply.Json.GetProperty("message").GetString()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("?v=9&encoding=json")]
    [InlineData("?v=10&encoding=etf")]
    public async Task Connect_WithoutV10Json_Closes4012(string query)
    {
        await using var emulator = await StartAsync();
        await using var client = await GatewayTestClient.ConnectAsync(emulator.GatewayUrl, query);

        Assert.Equal(4012, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Payload_Over4096Bytes_Closes4002()
    {
        await using var emulator = await StartAsync();
        await using var client = await GatewayTestClient.ConnectAsync(emulator.GatewayUrl);
        await client.ReceiveOpAsync(10);

        await client.SendAsync(new { op = 3, d = new { padding = new string('x', 5000) } });

        Assert.Equal(4002, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task InvalidJson_Closes4002()
    {
        await using var emulator = await StartAsync();
        await using var client = await GatewayTestClient.ConnectAsync(emulator.GatewayUrl);
        await client.ReceiveOpAsync(10);

        await client.SendRawAsync("{not json");

        Assert.Equal(4002, await client.ReceiveCloseAsync());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    [InlineData(42)]
    public async Task UnknownOpcode_Closes4001(int op)
    {
        await using var emulator = await StartAsync();
        await using var client = await GatewayTestClient.ConnectAsync(emulator.GatewayUrl);
        await client.ReceiveOpAsync(10);

        await client.SendAsync(new { op, d = (object?)null });

        Assert.Equal(4001, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task PresenceUpdate_BeforeIdentify_Closes4003()
    {
        await using var emulator = await StartAsync();
        await using var client = await GatewayTestClient.ConnectAsync(emulator.GatewayUrl);
        await client.ReceiveOpAsync(10);

        await client.SendAsync(new { op = 3, d = new { since = (int?)null, activities = Array.Empty<object>(), status = "online", afk = false } });

        Assert.Equal(4003, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Identify_Twice_Closes4005()
    {
        await using var emulator = await StartAsync();
        var (client, _) = await GatewayTestClient.IdentifyAsync(emulator, Token);
        await using var _1 = client;

        await client.SendAsync(GatewayTestClient.Identify(Token));

        Assert.Equal(4005, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task SendSlashCommand_BeforeAnySession_Throws()
    {
        await using var emulator = await StartAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => emulator.SendSlashCommandAsync(Alice, "coach", NoOptions));
    }
}
