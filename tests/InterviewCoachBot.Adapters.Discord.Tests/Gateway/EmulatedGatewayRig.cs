using InterviewCoachBot.Adapters.Discord.Gateway;
using InterviewCoachBot.Adapters.Discord.Rest;
using InterviewCoachBot.Emulators.Discord;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace InterviewCoachBot.Adapters.Discord.Tests.Gateway;

/// <summary>
/// A <see cref="GatewayClient"/> on a real WebSocket and the real <c>GET /gateway/bot</c>, against the emulator, with one
/// <see cref="SteppedClock"/> for both: waits of minutes pass in fake time, moved only while the client waits for a timer
/// it armed since its connection ended (or, if asked, since the current one opened).
/// </summary>
internal sealed class EmulatedGatewayRig : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly HttpClient http = new();
    private readonly PlatformStateFile state = new();
    private readonly GatewaySessionStore sessions;
    private readonly LoggerFactory loggers;

    private EmulatedGatewayRig(DiscordEmulator emulator, SteppedClock time)
    {
        Emulator = emulator;
        Time = time;
        loggers = new LoggerFactory([Logs]);
        Transport = new WatchedTransport(new WebSocketGatewayTransport(), time);
        var options = Options.Create(new DiscordOptions
        {
            BotToken = DiscordHarness.Token,
            ApplicationId = DiscordHarness.ApplicationId,
            ApiBaseUrl = emulator.ApiBaseUrl,
            RetryBaseDelay = TimeSpan.FromMilliseconds(50),
        });
        var rest = new DiscordRestClient(http, new RateLimitBuckets(time), options, time, NullLogger<DiscordRestClient>.Instance);
        sessions = new GatewaySessionStore(state.Store, time, NullLogger<GatewaySessionStore>.Instance);
        Client = new GatewayClient(
            Transport, new GatewayBotUrlSource(rest), sessions, Dispatches, options, time, new GatewayJitter(new Random(11)),
            loggers.CreateLogger<GatewayClient>());
    }

    public DiscordEmulator Emulator { get; }

    public SteppedClock Time { get; }

    public RecordingLoggerProvider Logs { get; } = new();

    public WatchedTransport Transport { get; }

    public RecordingDispatches Dispatches { get; } = new();

    public GatewayClient Client { get; }

    public Task? Running { get; private set; }

    /// <summary>Starts the emulator with the options made for the rig's clock, lets <paramref name="prepare"/> set it up, then starts the client.</summary>
    public static async Task<EmulatedGatewayRig> StartAsync(Func<TimeProvider, DiscordEmulatorOptions> options, Action<DiscordEmulator>? prepare = null)
    {
        // A REST attempt's timeout is no wait the client chose: time never jumps to it, or GET /gateway/bot would time out.
        var time = new SteppedClock(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero)) { Unwatched = DiscordRestClient.RequestTimeout };
        var emulator = await DiscordEmulator.StartAsync(DiscordHarness.Token, DiscordHarness.ApplicationId, options(time));
        prepare?.Invoke(emulator);
        var rig = new EmulatedGatewayRig(emulator, time);
        rig.Running = Task.Run(() => rig.Client.RunAsync(rig.stop.Token));
        return rig;
    }

    /// <summary>Waits for <paramref name="condition"/>, moving fake time whenever the client only waits for it.</summary>
    /// <param name="whileConnected">Also move it while connected (before HELLO only: no heartbeat is armed yet).</param>
    public Task WaitAsync(Func<bool> condition, string what, bool whileConnected = false) =>
        Eventually.HoldsAsync(() => condition() || Running!.IsCompleted, Time, () => Transport.IsWaitingFor(Time, whileConnected), what);

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await Running!.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception ex) when (ex is OperationCanceledException or DiscordFatalException)
        {
        }

        Client.Dispose();
        await sessions.FlushAsync();
        await Emulator.DisposeAsync();
        await state.DisposeAsync();
        http.Dispose();
        loggers.Dispose();
        stop.Dispose();
    }
}
