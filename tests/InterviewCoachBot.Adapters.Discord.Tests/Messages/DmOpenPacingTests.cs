using InterviewCoachBot.Adapters.Discord.Messages;
using InterviewCoachBot.Adapters.Discord.Rest;
using InterviewCoachBot.Adapters.Discord.Tests.Gateway;
using InterviewCoachBot.Emulators.Discord;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Ports;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace InterviewCoachBot.Adapters.Discord.Tests.Messages;

/// <summary>Reminders to users the bot has no DM with yet, against the emulator on a fake clock and a real state file.</summary>
public sealed class DmOpenPacingTests : IAsyncDisposable
{
    private const string OpenDmRoute = "POST /users/@me/channels";
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly SteppedClock time = new(Start);
    private readonly HttpClient http = new();
    private readonly PlatformStateFile state = new();
    private readonly DmOpenPacer pacer;
    private DiscordEmulator? emulator;

    public DmOpenPacingTests() => pacer = new DmOpenPacer(time);

    [Fact]
    public async Task ManyNewUsersInARow_OpensArePacedSoDiscordNeverSaysTooFast()
    {
        var sender = await StartAsync(new RateLimitRule(DmOpenPacer.OpensPerWindow, DmOpenPacer.Window));
        var users = Enumerable.Range(1, 12).Select(i => $"90{i:D2}").ToList();
        var results = new List<SendResult>();

        foreach (var user in users)
        {
            // Time moves only to end the wait for a turn to open the DM: a request in flight has its 15 s timeout armed instead.
            var send = sender.SendDirectAsync(user, new Reply("Time for your thank-you note."), null, TestContext.Current.CancellationToken);
            await Eventually.HoldsAsync(() => send.IsCompleted, time, () => time.UntilNextTimer <= DmOpenPacer.Window, $"the send to {user}");
            results.Add(await send);
        }

        Assert.All(results, result => Assert.IsType<SendResult.Sent>(result));
        Assert.All(emulator!.RestRequests.Where(r => r.RouteKey == OpenDmRoute), r => Assert.Equal(200, r.StatusCode));
        Assert.All(users, user => Assert.Single(emulator.DirectMessagesTo(user)));
        Assert.True(time.GetUtcNow() - Start >= 2 * DmOpenPacer.Window, $"12 opens took {time.GetUtcNow() - Start}");
    }

    [Fact]
    public async Task DiscordSaysTooFast_EveryNewDmWaitsThePauseWithoutAsking()
    {
        var sender = await StartAsync(dmOpenLimit: null);
        emulator!.FailNextRest(OpenDmRoute, RestFault.Error(403, DmOpenPacer.TooFast, "You are opening direct messages too fast."));

        var refused = await sender.SendDirectAsync("9001", new Reply("Nudge"), null, TestContext.Current.CancellationToken);
        var next = await sender.SendDirectAsync("9002", new Reply("Nudge"), null, TestContext.Current.CancellationToken);
        time.Advance(DmOpenPacer.TooFastPause);
        var afterPause = await sender.SendDirectAsync("9002", new Reply("Nudge"), null, TestContext.Current.CancellationToken);

        Assert.Equal(DmOpenPacer.TooFastPause, Assert.IsType<SendResult.Failed>(refused).RetryAfter);
        Assert.Equal(DmOpenPacer.TooFastPause, Assert.IsType<SendResult.Failed>(next).RetryAfter);
        Assert.IsType<SendResult.Sent>(afterPause);
        Assert.Equal([403, 200], emulator.RestRequests.Where(r => r.RouteKey == OpenDmRoute).Select(r => r.StatusCode));
    }

    public async ValueTask DisposeAsync()
    {
        if (emulator is not null)
        {
            await emulator.DisposeAsync();
        }

        await state.DisposeAsync();
        pacer.Dispose();
        http.Dispose();
    }

    private async Task<ChannelSender> StartAsync(RateLimitRule? dmOpenLimit)
    {
        emulator = await DiscordEmulator.StartAsync(
            DiscordHarness.Token, DiscordHarness.ApplicationId, new DiscordEmulatorOptions { TimeProvider = time, DmOpenLimit = dmOpenLimit }, TestContext.Current.CancellationToken);
        var rest = new DiscordRestClient(http, new RateLimitBuckets(time), Options.Create(new DiscordOptions
        {
            BotToken = DiscordHarness.Token,
            ApplicationId = DiscordHarness.ApplicationId,
            ApiBaseUrl = emulator.ApiBaseUrl,
        }), time, NullLogger<DiscordRestClient>.Instance);
        return new ChannelSender(rest, new DiscordMessageBuilder(new CustomIds(state.Store, time)), new DirectChannels(rest, state.Store, pacer, time));
    }
}
