using System.Text.Json.Nodes;
using InterviewCoachBot.Adapters.Discord.Rest;
using InterviewCoachBot.Adapters.Discord.Tests.Gateway;
using InterviewCoachBot.Emulators.Discord;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace InterviewCoachBot.Adapters.Discord.Tests.Rest;

/// <summary>The REST client against the emulator when Cloudflare bans the bot's IP (a 429 without Discord's headers).</summary>
public sealed class AddressBanTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task HeaderlessTooManyRequests_IsNotRetriedAndHoldsEveryRouteIncludingCallbacks()
    {
        var time = new SteppedClock(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        var ct = TestContext.Current.CancellationToken;
        await using var emulator = await DiscordEmulator.StartAsync(DiscordHarness.Token, DiscordHarness.ApplicationId, new DiscordEmulatorOptions { TimeProvider = time }, ct);
        using var http = new HttpClient();
        var rest = new DiscordRestClient(http, new RateLimitBuckets(time), Options.Create(new DiscordOptions
        {
            BotToken = DiscordHarness.Token,
            ApplicationId = DiscordHarness.ApplicationId,
            ApiBaseUrl = emulator.ApiBaseUrl,
        }), time, NullLogger<DiscordRestClient>.Instance);
        var dm = await rest.SendAsync(DiscordRoute.OpenDm(), new JsonObject { ["recipient_id"] = TestUsers.Alice.Id }, ct);
        var bannedAt = time.GetUtcNow();

        emulator.BanAddress(TimeSpan.FromSeconds(30));
        var banned = await rest.SendAsync(DiscordRoute.CreateMessage(dm.GetString("id")!), Message(), ct).WaitAsync(Bound, ct);
        var armed = time.Created;
        var callback = rest.SendAsync(DiscordRoute.Callback("1", "token"), new JsonObject { ["type"] = 5 }, ct);
        await Eventually.HoldsAsync(() => time.HasTimerArmedAfter(armed), what: "the callback to wait");
        time.Advance(DiscordRestClient.BanPause);
        var answered = await callback.WaitAsync(Bound, ct);

        Assert.True(banned.Banned);
        Assert.Equal((429, DiscordRestClient.BanPause), (banned.Status, banned.RetryAfter));
        Assert.Single(emulator.RestRequests, r => r.StatusCode == 429);
        Assert.Equal(404, answered.Status);
        Assert.True(emulator.RestRequests[^1].Time >= bannedAt + DiscordRestClient.BanPause, "the callback waited out the pause");
    }

    private static JsonObject Message() => new() { ["content"] = "hi", ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() } };
}
