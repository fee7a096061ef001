using Microsoft.Extensions.Time.Testing;
using static InterviewCoachBot.Emulators.Discord.Tests.TestUsers;

namespace InterviewCoachBot.Emulators.Discord.Tests;

/// <summary>The session start limit, IDENTIFY spacing and op 9 storms, as gateway.mdx describes them.</summary>
public sealed class IdentifyLimitTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task GatewayBot_CountsIdentifiesDownAndResetsAfterTheWindow()
    {
        await using var emulator = await StartAsync(new DiscordEmulatorOptions
        {
            TimeProvider = time, SessionStartLimit = 3, SessionStartResetAfter = TimeSpan.FromMinutes(10),
        });
        using var rest = new RestTestClient(emulator, Token);
        await using var _ = (await GatewayTestClient.IdentifyAsync(emulator, Token)).Client;
        time.Advance(TimeSpan.FromMinutes(4));

        var afterOne = (await rest.SendAsync(HttpMethod.Get, "/gateway/bot")).Json.GetProperty("session_start_limit");
        time.Advance(TimeSpan.FromMinutes(6));
        var afterReset = (await rest.SendAsync(HttpMethod.Get, "/gateway/bot")).Json.GetProperty("session_start_limit");

        Assert.Equal(2, afterOne.GetProperty("remaining").GetInt32());
        Assert.Equal(360_000, afterOne.GetProperty("reset_after").GetInt64());
        Assert.Equal(1, afterOne.GetProperty("max_concurrency").GetInt32());
        Assert.Equal(3, afterReset.GetProperty("remaining").GetInt32());
    }

    [Fact]
    public async Task Identify_PastTheLimit_ResetsTheToken()
    {
        await using var emulator = await StartAsync(new DiscordEmulatorOptions { TimeProvider = time, SessionStartLimit = 1 });
        await using var first = (await GatewayTestClient.IdentifyAsync(emulator, Token)).Client;
        await using var second = await GatewayTestClient.ConnectAsync(emulator.GatewayUrl);
        await second.ReceiveOpAsync(10);

        await second.SendAsync(GatewayTestClient.Identify(Token));

        Assert.Equal(4004, await second.ReceiveCloseAsync());
        Assert.Equal(1, emulator.IdentifiesOverLimit);
    }

    [Fact]
    public async Task Identify_WithinFiveSecondsOfTheLast_GetsInvalidSession()
    {
        await using var emulator = await StartAsync(new DiscordEmulatorOptions { TimeProvider = time, IdentifySpacing = TimeSpan.FromSeconds(5) });
        await using var first = (await GatewayTestClient.IdentifyAsync(emulator, Token)).Client;
        await using var second = await GatewayTestClient.ConnectAsync(emulator.GatewayUrl);
        await second.ReceiveOpAsync(10);
        time.Advance(TimeSpan.FromSeconds(4.9));

        await second.SendAsync(GatewayTestClient.Identify(Token));
        var tooSoon = await second.ReceiveOpAsync(9);
        time.Advance(TimeSpan.FromSeconds(5));
        await second.SendAsync(GatewayTestClient.Identify(Token));

        Assert.False(tooSoon.GetProperty("d").GetBoolean());
        await second.ReceiveDispatchAsync("READY");
    }

    [Fact]
    public async Task FailNextIdentifies_AnswersEachWithInvalidSessionThenAccepts()
    {
        await using var emulator = await StartAsync();
        emulator.FailNextIdentifies(2);
        await using var client = await GatewayTestClient.ConnectAsync(emulator.GatewayUrl);
        await client.ReceiveOpAsync(10);

        for (var storm = 0; storm < 2; storm++)
        {
            await client.SendAsync(GatewayTestClient.Identify(Token));
            Assert.False((await client.ReceiveOpAsync(9)).GetProperty("d").GetBoolean());
        }

        await client.SendAsync(GatewayTestClient.Identify(Token));
        await client.ReceiveDispatchAsync("READY");
        Assert.Equal(3, emulator.Gateway.Identifies);
    }
}
