using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewCoachBot.Adapters.Discord.Interactions;
using InterviewCoachBot.Adapters.Discord.Rest;
using InterviewCoachBot.Adapters.Discord.Tests.Gateway;
using InterviewCoachBot.Emulators.Discord;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace InterviewCoachBot.Adapters.Discord.Tests.Rest;

/// <summary>The REST client against the emulator on a fake clock: how long a request may hang or wait.</summary>
public sealed class RequestDeadlineTests : IAsyncDisposable
{
    private const string CallbackRoute = "POST /interactions/{interaction_id}/{interaction_token}/callback";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);
    private readonly SteppedClock time = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly HttpClient http = new();
    private DiscordEmulator? emulator;

    [Fact]
    public async Task ServerNeverAnswers_TheAttemptEndsAfterTheRequestTimeout()
    {
        var rest = await StartAsync();
        var dm = await rest.SendAsync(DiscordRoute.OpenDm(), new JsonObject { ["recipient_id"] = TestUsers.Alice.Id }, TestContext.Current.CancellationToken);
        var started = time.GetUtcNow();

        emulator!.FailNextRest("POST /channels/{channel_id}/messages", new TimeoutFault(TimeSpan.FromMinutes(10)));
        var send = rest.SendAsync(DiscordRoute.CreateMessage(dm.GetString("id")!), new JsonObject { ["content"] = "hi" }, TestContext.Current.CancellationToken);
        // Time jumps once, to the attempt's timeout; the emulator's own hold ends much later.
        await Eventually.HoldsAsync(() => send.IsCompleted, time, () => time.UntilNextTimer <= DiscordRestClient.RequestTimeout, "the send to end");

        Assert.Equal(0, (await send).Status);
        Assert.Equal(DiscordRestClient.RequestTimeout, time.GetUtcNow() - started);
    }

    [Fact]
    public async Task CallbackRateLimitedPastTheAnswerWindow_FailsAtOnceInsteadOfWaiting()
    {
        var rest = await StartAsync();
        var callbacks = new InteractionCallbacks(rest, Options());
        var interaction = new Interaction(Snowflake(time.GetUtcNow()), "token", Interaction.Command, "10", null, TestUsers.Alice.Id, 1, default(JsonElement), null);

        emulator!.FailNextRest(CallbackRoute, RestFault.RateLimited(5));
        var answer = await callbacks.CallbackAsync(interaction, InteractionCallbacks.DeferredMessage, null, TestContext.Current.CancellationToken).WaitAsync(Bound, TestContext.Current.CancellationToken);

        Assert.Equal(429, answer.Status);
        Assert.Single(emulator.RestRequests, r => r.RouteKey == CallbackRoute);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero), time.GetUtcNow());
    }

    public async ValueTask DisposeAsync()
    {
        if (emulator is not null)
        {
            await emulator.DisposeAsync();
        }

        http.Dispose();
    }

    private async Task<DiscordRestClient> StartAsync()
    {
        emulator = await DiscordEmulator.StartAsync(DiscordHarness.Token, DiscordHarness.ApplicationId, new DiscordEmulatorOptions { TimeProvider = time }, TestContext.Current.CancellationToken);
        return new DiscordRestClient(http, new RateLimitBuckets(time), Options(), time, NullLogger<DiscordRestClient>.Instance);
    }

    private IOptions<DiscordOptions> Options() => Microsoft.Extensions.Options.Options.Create(new DiscordOptions
    {
        BotToken = DiscordHarness.Token,
        ApplicationId = DiscordHarness.ApplicationId,
        ApiBaseUrl = emulator!.ApiBaseUrl,
        MaxAttempts = 1,
    });

    private static string Snowflake(DateTimeOffset at) =>
        ((at.ToUnixTimeMilliseconds() - 1420070400000) << 22).ToString(CultureInfo.InvariantCulture);
}
