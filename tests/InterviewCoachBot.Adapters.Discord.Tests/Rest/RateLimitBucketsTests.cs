using System.Net;
using System.Net.Http.Headers;
using InterviewCoachBot.Adapters.Discord.Rest;
using InterviewCoachBot.Adapters.Discord.Tests.Gateway;

namespace InterviewCoachBot.Adapters.Discord.Tests.Rest;

/// <summary>The limiter on a fake clock: nothing leaves early.</summary>
public sealed class RateLimitBucketsTests
{
    private readonly SteppedClock time = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task AcquireAsync_BucketExhausted_WaitsUntilReset()
    {
        var limits = new RateLimitBuckets(time);
        var route = DiscordRoute.CreateMessage("55");
        using (var lease = await limits.AcquireAsync(route, TestContext.Current.CancellationToken))
        {
            limits.Update(route, lease, Headers(remaining: 0, resetAfter: 2.5, bucket: "abc"));
        }

        var next = limits.AcquireAsync(route, TestContext.Current.CancellationToken);
        await Eventually.HoldsAsync(() => next.IsCompleted, time, idle: null, what: "the acquire");

        Assert.True(time.GetUtcNow() >= new DateTimeOffset(2026, 11, 23, 12, 0, 2, 500, TimeSpan.Zero), $"acquired at {time.GetUtcNow():O}");
        (await next).Dispose();
    }

    [Fact]
    public async Task AcquireAsync_OtherMajorParameter_IsNotHeldBack()
    {
        var limits = new RateLimitBuckets(time);
        var first = DiscordRoute.CreateMessage("55");
        using (var lease = await limits.AcquireAsync(first, TestContext.Current.CancellationToken))
        {
            limits.Update(first, lease, Headers(remaining: 0, resetAfter: 60, bucket: "abc"));
        }

        using var other = await limits.AcquireAsync(DiscordRoute.CreateMessage("66"), TestContext.Current.CancellationToken);

        Assert.Equal(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero), time.GetUtcNow());
    }

    [Fact]
    public async Task Pause_Global_HoldsEveryBotRouteButNotInteractionCallbacks()
    {
        var limits = new RateLimitBuckets(time);
        using (var lease = await limits.AcquireAsync(DiscordRoute.OpenDm(), TestContext.Current.CancellationToken))
        {
            limits.Pause(lease, TimeSpan.FromSeconds(3), global: true);
        }

        using (await limits.AcquireAsync(DiscordRoute.Callback("1", "tok"), TestContext.Current.CancellationToken))
        {
            Assert.Equal(TimeSpan.Zero, time.GetUtcNow() - new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        }

        var held = limits.AcquireAsync(DiscordRoute.CreateMessage("77"), TestContext.Current.CancellationToken);
        await Eventually.HoldsAsync(() => held.IsCompleted, time, idle: null, what: "the acquire");

        Assert.True(time.GetUtcNow() >= new DateTimeOffset(2026, 11, 23, 12, 0, 3, TimeSpan.Zero));
        (await held).Dispose();
    }

    [Fact]
    public async Task InvalidRequests_HalfOfDiscordsLimit_HoldEveryRouteUntilTheyLeaveTheWindow()
    {
        var limits = new RateLimitBuckets(time);
        var warnings = Enumerable.Range(0, InvalidRequestBudget.SlowDownAt).Count(_ => limits.RecordInvalidRequest());

        var held = limits.AcquireAsync(DiscordRoute.Callback("1", "tok"), TestContext.Current.CancellationToken);
        await Eventually.HoldsAsync(() => held.IsCompleted, time, idle: null, what: "the acquire");

        Assert.Equal(1, warnings);
        Assert.True(time.GetUtcNow() >= new DateTimeOffset(2026, 11, 23, 12, 10, 0, TimeSpan.Zero), $"acquired at {time.GetUtcNow():O}");
        (await held).Dispose();
    }

    [Fact]
    public async Task AcquireAsync_ManyInteractions_KeepsFewBucketsAndNoToken()
    {
        var limits = new RateLimitBuckets(time);
        var tokens = new List<string>();
        for (var i = 0; i < 200; i++)
        {
            var token = $"aW50ZXJhY3Rpb246{i:D4}:secret-token";
            tokens.Add(token);
            foreach (var route in new[] { DiscordRoute.Callback($"9{i:D4}", token), DiscordRoute.EditOriginal("42", token), DiscordRoute.FollowUp("42", token) })
            {
                using var lease = await limits.AcquireAsync(route, TestContext.Current.CancellationToken);
                limits.Update(route, lease, Headers(remaining: 4, resetAfter: 1, bucket: "webhook"));
            }

            time.Advance(TimeSpan.FromMinutes(1));
        }

        var keys = limits.BucketKeys;
        Assert.InRange(keys.Count, 1, 3 * 2 * 17);
        Assert.DoesNotContain(keys, key => tokens.Any(token => key.Contains(token, StringComparison.Ordinal)));
        Assert.DoesNotContain(keys, key => key.Contains("secret", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AcquireAsync_BucketPausedLongerThanIdleTimeout_IsKept()
    {
        var limits = new RateLimitBuckets(time);
        var route = DiscordRoute.CreateMessage("55");
        using (var lease = await limits.AcquireAsync(route, TestContext.Current.CancellationToken))
        {
            limits.Pause(lease, TimeSpan.FromMinutes(20), global: false);
        }

        time.Advance(TimeSpan.FromMinutes(16));
        using (await limits.AcquireAsync(DiscordRoute.OpenDm(), TestContext.Current.CancellationToken))
        {
        }

        var next = limits.AcquireAsync(route, TestContext.Current.CancellationToken);
        await Eventually.HoldsAsync(() => next.IsCompleted, time, idle: null, what: "the acquire");

        Assert.True(time.GetUtcNow() >= new DateTimeOffset(2026, 11, 23, 12, 20, 0, TimeSpan.Zero), $"acquired at {time.GetUtcNow():O}");
        (await next).Dispose();
    }

    private static HttpResponseHeaders Headers(int remaining, double resetAfter, string bucket)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.OK);
        response.Headers.Add("X-RateLimit-Remaining", remaining.ToString(System.Globalization.CultureInfo.InvariantCulture));
        response.Headers.Add("X-RateLimit-Reset-After", resetAfter.ToString(System.Globalization.CultureInfo.InvariantCulture));
        response.Headers.Add("X-RateLimit-Bucket", bucket);
        return response.Headers;
    }
}
