using static InterviewCoachBot.Emulators.Discord.Tests.TestUsers;

namespace InterviewCoachBot.Emulators.Discord.Tests;

/// <summary>Seeded fault schedules: the same seed and request count give the same faults; each fault is what Discord does.</summary>
public sealed class FaultScheduleTests
{
    private const string CreateMessage = "POST /channels/{channel_id}/messages";
    private static readonly object Message = new { content = "hi", allowed_mentions = new { parse = Array.Empty<string>() } };

    [Fact]
    public void Next_SameSeed_SameFaultsInTheSameOrder()
    {
        var first = Draw(new DiscordFaultSchedule(7), 400);
        var again = Draw(new DiscordFaultSchedule(7), 400);
        var other = Draw(new DiscordFaultSchedule(8), 400);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Contains(first, f => f.StartsWith(nameof(RateLimitedFault), StringComparison.Ordinal));
        Assert.Contains(first, f => f.StartsWith(nameof(ServerErrorFault), StringComparison.Ordinal));
        Assert.Contains(first, f => f.StartsWith(nameof(TimeoutFault), StringComparison.Ordinal));
        Assert.Contains(first, f => f.Contains("AfterProcessing = True", StringComparison.Ordinal));
        Assert.Contains(first, f => f.Contains("AfterProcessing = False", StringComparison.Ordinal));
        Assert.Contains("none", first);
    }

    [Fact]
    public async Task CreateMessage_RateLimitBurst_429sWithRetryAfterAndHeadersNoMessage()
    {
        await using var emulator = await StartAsync();
        using var rest = new RestTestClient(emulator, Token);
        var channel = await rest.OpenDmAsync(Alice.Id);
        emulator.UseFaultSchedule(new DiscordFaultSchedule(1) { RateLimitBurstChance = 1, RateLimitBurstLength = 2, RetryAfterSeconds = 0.75 });

        var first = await rest.PostAsync($"/channels/{channel}/messages", Message);
        var second = await rest.PostAsync($"/channels/{channel}/messages", Message);

        Assert.Equal((429, 429), (first.Status, second.Status));
        Assert.Equal(0.75, first.Json.GetProperty("retry_after").GetDouble(), 3);
        Assert.False(first.Json.GetProperty("global").GetBoolean());
        Assert.Equal(("1", "user", "0", "0.750"), (first.Headers["Retry-After"], first.Headers["X-RateLimit-Scope"],
            first.Headers["X-RateLimit-Remaining"], first.Headers["X-RateLimit-Reset-After"]));
        Assert.Empty(emulator.DirectMessagesTo(Alice.Id));
    }

    [Fact]
    public async Task CreateMessage_Timeout_HeldThenResetWithoutAMessage()
    {
        await using var emulator = await StartAsync();
        using var rest = new RestTestClient(emulator, Token);
        var channel = await rest.OpenDmAsync(Alice.Id);
        emulator.UseFaultSchedule(new DiscordFaultSchedule(1)
        {
            RateLimitBurstChance = 0, ServerErrorChance = 0, TimeoutChance = 1, TimeoutHold = TimeSpan.FromMilliseconds(300),
        });
        var clock = System.Diagnostics.Stopwatch.StartNew();

        await Assert.ThrowsAsync<HttpRequestException>(() => rest.PostAsync($"/channels/{channel}/messages", Message));

        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(300), $"answered after {clock.Elapsed}");
        Assert.Empty(emulator.DirectMessagesTo(Alice.Id));
        Assert.Equal(0, emulator.RestRequests[^1].StatusCode);
    }

    [Fact]
    public async Task CreateMessage_DroppedAfterEffectThenRetriedWithNonce_OneMessage()
    {
        await using var emulator = await StartAsync();
        using var rest = new RestTestClient(emulator, Token);
        var channel = await rest.OpenDmAsync(Alice.Id);
        emulator.UseFaultSchedule(new DiscordFaultSchedule(1)
        {
            RateLimitBurstChance = 0, ServerErrorChance = 0, TimeoutChance = 0, DropBeforeEffectChance = 0, DropAfterEffectChance = 1,
        });
        var withNonce = new { content = "nudge", nonce = "nudge-17", enforce_nonce = true, allowed_mentions = new { parse = Array.Empty<string>() } };

        await Assert.ThrowsAsync<HttpRequestException>(() => rest.PostAsync($"/channels/{channel}/messages", withNonce));
        emulator.UseFaultSchedule(null);
        var retried = await rest.PostAsync($"/channels/{channel}/messages", withNonce);

        var message = Assert.Single(emulator.DirectMessagesTo(Alice.Id));
        Assert.Equal((200, message.Id), (retried.Status, retried.Json.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task CreateDm_RouteNotScheduled_ServedNormally()
    {
        await using var emulator = await StartAsync();
        using var rest = new RestTestClient(emulator, Token);
        var schedule = new DiscordFaultSchedule(1) { RouteKeys = new HashSet<string>([CreateMessage]), RateLimitBurstChance = 0, ServerErrorChance = 1 };
        emulator.UseFaultSchedule(schedule);

        var channel = await rest.OpenDmAsync(Alice.Id);
        var posted = await rest.PostAsync($"/channels/{channel}/messages", Message);

        Assert.Equal(502, posted.Status);
        Assert.Equal(1, schedule.RequestCount);
    }

    [Fact]
    public async Task Heartbeat_ZombieConnection_AcknowledgedThenSilentWhileANewConnectionIsAcknowledged()
    {
        await using var emulator = await StartAsync();
        var schedule = new DiscordFaultSchedule(1) { ZombieChance = 1, ZombieMaxAckedHeartbeats = 1 };
        emulator.UseFaultSchedule(schedule);
        var (zombie, _) = await GatewayTestClient.IdentifyAsync(emulator, Token);
        await using var _1 = zombie;

        await zombie.SendAsync(new { op = 1, d = 1 });
        await zombie.ReceiveOpAsync(11);
        await zombie.SendAsync(new { op = 1, d = 1 });
        await zombie.SendAsync(new { op = 1, d = 1 });
        var silent = await emulator.WaitForGatewayAsync(s => s.Heartbeats == 3, WaitTimeout);

        Assert.Equal(1, silent.HeartbeatAcks);
        Assert.Equal(1, schedule.ZombieConnections);
    }

    [Fact]
    public void AcknowledgesHeartbeat_SameSeed_SameZombiesAtTheSameHeartbeat()
    {
        static List<bool> Acks(long seed)
        {
            var schedule = new DiscordFaultSchedule(seed);
            return [.. Enumerable.Range(1, 40).SelectMany(connection => Enumerable.Range(1, 5).Select(_ => schedule.AcknowledgesHeartbeat(connection)))];
        }

        var first = Acks(3);

        Assert.Equal(first, Acks(3));
        Assert.NotEqual(first, Acks(4));
        Assert.Contains(false, first);
    }

    private static List<string> Draw(DiscordFaultSchedule schedule, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => schedule.Next(CreateMessage)?.ToString() ?? "none")];
}
