using System.Collections.Concurrent;
using System.Text.Json;
using InterviewCoachBot.Adapters.Discord.Gateway;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace InterviewCoachBot.Adapters.Discord.Tests.Gateway;

/// <summary>
/// A <see cref="GatewayClient"/> on a scripted transport, a fake clock and the SQLite state store (its own file, unless one
/// is passed in to outlive the rig, as a restart would).
/// </summary>
internal sealed class GatewayRig : IAsyncDisposable
{
    public const string Token = "scripted-token";
    public static readonly Uri GatewayUrl = new("wss://gateway.example/");
    public static readonly Uri ResumeUrl = new("wss://resume.example/");

    private readonly CancellationTokenSource stop = new();
    private readonly bool ownsState;

    public GatewayRig(PlatformStateFile? state = null)
    {
        Transport = new ScriptedGatewayTransport(Time);
        ownsState = state is null;
        State = state ?? new PlatformStateFile();
        Sessions = new GatewaySessionStore(State.Store, Time, NullLogger<GatewaySessionStore>.Instance);
        Client = new GatewayClient(
            Transport,
            new FixedUrl(GatewayUrl),
            Sessions,
            Dispatches,
            Options.Create(new DiscordOptions { BotToken = Token, ApplicationId = "1" }),
            Time,
            new GatewayJitter(new Random(7)),
            NullLogger<GatewayClient>.Instance);
    }

    public SteppedClock Time { get; } = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

    public ScriptedGatewayTransport Transport { get; }

    public RecordingDispatches Dispatches { get; } = new();

    public PlatformStateFile State { get; }

    public GatewaySessionStore Sessions { get; }

    public GatewayClient Client { get; }

    public Task? Running { get; private set; }

    public void Start() => Running = Task.Run(() => Client.RunAsync(stop.Token));

    /// <summary>Starts, says HELLO and READY (sequence 1) and waits for the IDENTIFY.</summary>
    public async Task StartReadyAsync(int intervalMs = 1000)
    {
        Start();
        await Transport.NextConnectionAsync();
        Transport.Hello(intervalMs);
        await Eventually.HoldsAsync(() => Transport.SentWithOp(GatewayOpcode.Identify).Count == 1, what: "IDENTIFY");
        Transport.Ready(1, resumeUrl: ResumeUrl.ToString());
        await Eventually.HoldsAsync(async () => Client.Metrics.Identifies == 1 && await SessionSeenAsync(), what: "READY handled");
    }

    /// <param name="advanceTime">Move the clock from timer to timer whenever the client is waiting for it.</param>
    public Task WaitForSentAsync(GatewayOpcode op, int count, bool advanceTime = false) =>
        WaitAsync(() => Transport.SentWithOp(op).Count >= count, advanceTime, $"{count} × {op}");

    public Task WaitForConnectionsAsync(int count, bool advanceTime = false) =>
        WaitAsync(() => Transport.Connections.Count >= count, advanceTime, $"{count} connections");

    private Task WaitAsync(Func<bool> condition, bool advanceTime, string what) => advanceTime
        ? Eventually.HoldsAsync(condition, Time, () => Transport.IsWaitingFor(Time), what)
        : Eventually.HoldsAsync(condition, what);

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        if (Running is { } running)
        {
            try
            {
                await running.WaitAsync(TimeSpan.FromSeconds(10));
            }
            catch (Exception ex) when (ex is OperationCanceledException or DiscordFatalException)
            {
            }
        }

        Client.Dispose();
        stop.Dispose();

        // The session is written behind; let the last write land before the file can go.
        await Sessions.FlushAsync();
        if (ownsState)
        {
            await State.DisposeAsync();
        }
    }

    private async Task<bool> SessionSeenAsync() => await State.GetAsync(GatewaySessionStore.Key) is { Length: > 0 };

    private sealed class FixedUrl(Uri url) : IGatewayUrlSource
    {
        public Task<GatewayBot> GetAsync(CancellationToken cancellationToken) => Task.FromResult(new GatewayBot(url, Limit: null));
    }
}

/// <summary>Dispatches the client handed on, in order.</summary>
internal sealed class RecordingDispatches : IGatewayDispatchHandler
{
    private readonly ConcurrentQueue<(string Name, JsonElement Data)> events = new();

    public IReadOnlyList<(string Name, JsonElement Data)> Events => [.. events];

    public void OnDispatch(string eventName, JsonElement data, long receivedAt) => events.Enqueue((eventName, data));
}
