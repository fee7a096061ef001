using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using static InterviewCoachBot.Emulators.Discord.Tests.TestUsers;

namespace InterviewCoachBot.Emulators.Discord.Tests;

public sealed class RestRateLimitTests
{
    private const string CreateMessage = "POST /channels/{channel_id}/messages";

    [Fact]
    public async Task CreateMessage_BeyondBucketLimit_Returns429WithRetryAfterUntilReset()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-05-01T10:00:00Z", CultureInfo.InvariantCulture));
        await using var emulator = await StartAsync(new DiscordEmulatorOptions
        {
            TimeProvider = time,
            RouteRateLimits = new Dictionary<string, RateLimitRule> { [CreateMessage] = new(2, TimeSpan.FromSeconds(10)) },
        });
        using var rest = new RestTestClient(emulator, Token);
        var channel = await rest.OpenDmAsync(Alice.Id);
        var message = new { content = "hi", allowed_mentions = new { parse = Array.Empty<string>() } };

        var first = await rest.PostAsync($"/channels/{channel}/messages", message);
        time.Advance(TimeSpan.FromSeconds(4));
        var second = await rest.PostAsync($"/channels/{channel}/messages", message);
        var limited = await rest.PostAsync($"/channels/{channel}/messages", message);
        time.Advance(TimeSpan.FromSeconds(6));
        var afterReset = await rest.PostAsync($"/channels/{channel}/messages", message);

        Assert.Equal((200, 200, 429, 200), (first.Status, second.Status, limited.Status, afterReset.Status));
        Assert.Equal(("1", "0"), (first.Headers["X-RateLimit-Remaining"], second.Headers["X-RateLimit-Remaining"]));
        Assert.Equal(first.Headers["X-RateLimit-Bucket"], limited.Headers["X-RateLimit-Bucket"]);
        Assert.Equal("You are being rate limited.", limited.Json.GetProperty("message").GetString());
        Assert.Equal(6.0, limited.Json.GetProperty("retry_after").GetDouble(), 3);
        Assert.False(limited.Json.GetProperty("global").GetBoolean());
        Assert.Equal(("6", "user"), (limited.Headers["Retry-After"], limited.Headers["X-RateLimit-Scope"]));
        Assert.Equal(1, emulator.EnforcedRateLimitCount);
        Assert.Equal(3, emulator.DirectMessagesTo(Alice.Id).Count);
    }

    [Fact]
    public async Task CreateMessage_OtherChannel_HasItsOwnBucket()
    {
        await using var emulator = await StartAsync(new DiscordEmulatorOptions
        {
            RouteRateLimits = new Dictionary<string, RateLimitRule> { [CreateMessage] = new(1, TimeSpan.FromMinutes(1)) },
        });
        using var rest = new RestTestClient(emulator, Token);
        var a = await rest.OpenDmAsync("500");
        var b = await rest.OpenDmAsync("501");

        var toA = await rest.PostAsync($"/channels/{a}/messages", new { content = "a" });
        var toB = await rest.PostAsync($"/channels/{b}/messages", new { content = "b" });

        Assert.Equal((200, 200), (toA.Status, toB.Status));
        Assert.Equal(0, emulator.EnforcedRateLimitCount);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task FailNextRest_RateLimited_Returns429BodyAndHeadersOnce(bool global)
    {
        await using var emulator = await StartAsync();
        using var rest = new RestTestClient(emulator, Token);
        var channel = await rest.OpenDmAsync(Alice.Id);

        emulator.FailNextRest(CreateMessage, RestFault.RateLimited(0.5, global));
        var limited = await rest.PostAsync($"/channels/{channel}/messages", new { content = "hi" });
        var retried = await rest.PostAsync($"/channels/{channel}/messages", new { content = "hi" });

        Assert.Equal((429, 200), (limited.Status, retried.Status));
        Assert.Equal(0.5, limited.Json.GetProperty("retry_after").GetDouble());
        Assert.Equal(global, limited.Json.GetProperty("global").GetBoolean());
        Assert.Equal("1", limited.Headers["Retry-After"]);
        Assert.Equal(global ? "global" : "user", limited.Headers["X-RateLimit-Scope"]);
        Assert.Equal(global, limited.Headers.ContainsKey("X-RateLimit-Global"));
        Assert.Equal(0, emulator.EnforcedRateLimitCount);
    }

    [Fact]
    public async Task BannedAddress_EveryRouteGetsAHeaderless429PageUntilTheBanEnds()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-05-01T10:00:00Z", CultureInfo.InvariantCulture));
        await using var emulator = await StartAsync(new DiscordEmulatorOptions { TimeProvider = time });
        using var rest = new RestTestClient(emulator, Token);
        var channel = await rest.OpenDmAsync(Alice.Id);

        emulator.BanAddress(TimeSpan.FromMinutes(1));
        var message = await rest.PostAsync($"/channels/{channel}/messages", new { content = "hi" });
        var callback = await rest.PostAsync("/interactions/1/token/callback", new { type = 5 }, auth: false);
        time.Advance(TimeSpan.FromMinutes(1));
        var after = await rest.PostAsync($"/channels/{channel}/messages", new { content = "hi" });

        Assert.Equal((429, 429, 200), (message.Status, callback.Status, after.Status));
        Assert.Null(message.Body);
        Assert.DoesNotContain(message.Headers.Keys, k => k.StartsWith("X-RateLimit-", StringComparison.OrdinalIgnoreCase) || k == "Retry-After");
        Assert.Equal(0, emulator.EnforcedRateLimitCount);
    }

    [Fact]
    public async Task FailNextRest_UnknownRouteKey_Throws()
    {
        await using var emulator = await StartAsync();

        var ex = Assert.Throws<ArgumentException>(() => emulator.FailNextRest("POST /nope", RestFault.ServerError()));

        Assert.Contains(CreateMessage, ex.Message, StringComparison.Ordinal);
    }
}
