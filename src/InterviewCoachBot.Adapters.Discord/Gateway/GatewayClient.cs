using System.Net.WebSockets;
using System.Text.Json;
using InterviewCoachBot.Adapters.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InterviewCoachBot.Adapters.Discord.Gateway;

/// <summary>
/// One gateway shard: HELLO, IDENTIFY or RESUME, heartbeats, and the reconnect rules of Discord's docs.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>The first heartbeat waits <c>interval × random</c>; a beat still un-ACKed when the next one is due means a zombie
/// connection: drop it and RESUME.</item>
/// <item>op 7, a lost connection and resumable close codes → RESUME on <c>resume_gateway_url</c> with the last sequence.</item>
/// <item>op 9: <c>d=true</c> → RESUME; <c>d=false</c> → wait 1–5 s (growing like the backoff while no session starts),
/// IDENTIFY on the gateway URL.</item>
/// <item>IDENTIFY goes through <see cref="IdentifyThrottle"/>: 5 s apart, never with the session start limit spent.</item>
/// <item>4004 and 4010–4014 → <see cref="DiscordFatalException"/>, never a reconnect (a loop would burn the daily IDENTIFY budget).</item>
/// <item>No HELLO within <see cref="HelloTimeout"/> of the socket opening: the node is stalled; drop it and reconnect.</item>
/// <item>Three resume attempts in a row that fail (a refused or stalled resume host): drop the session, IDENTIFY on the
/// gateway URL.</item>
/// <item>Reconnects after a healthy connection are immediate; failures back off from 1 s, doubling with jitter, to 60 s.</item>
/// </list>
/// Dispatches are handed to <see cref="IGatewayDispatchHandler"/>, which must not block this loop.
/// </remarks>
internal sealed class GatewayClient(
    IGatewayTransport transport,
    IGatewayUrlSource gatewayUrl,
    GatewaySessionStore sessions,
    IGatewayDispatchHandler dispatches,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    GatewayJitter jitter,
    ILogger<GatewayClient> logger) : IDisposable
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Discord sends HELLO as soon as the socket opens (discord.js gives up after 60 s; we do sooner).</summary>
    public static readonly TimeSpan HelloTimeout = TimeSpan.FromSeconds(20);

    /// <summary>Attempts on <c>resume_gateway_url</c> that never got to RESUMED before we give up on it.</summary>
    private const int MaxFailedResumes = 3;

    private readonly SemaphoreSlim sendLock = new(1, 1);
    private readonly IdentifyThrottle identifyThrottle = new(gatewayUrl, time, logger);
    private GatewaySession? session;
    private int? sequence;

    public GatewayMetrics Metrics { get; } = new();

    /// <summary>Runs until cancelled (then closes so that the session stays resumable) or until Discord refuses us for good.</summary>
    /// <exception cref="DiscordFatalException">A close code that must not be retried.</exception>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        session = await sessions.LoadAsync(cancellationToken);
        sequence = session?.Sequence;
        if (session is not null)
        {
            logger.ResumingStoredSession(session.Sequence);
        }

        var failures = 0;
        var failedResumes = 0;
        var delay = TimeSpan.Zero;
        while (true)
        {
            if (delay > TimeSpan.Zero)
            {
                logger.Reconnecting(delay);
                await Task.Delay(delay, time, cancellationToken);
            }

            var end = await ConnectOnceAsync(cancellationToken);
            failures = end.ReachedReady ? 0 : failures + 1;
            switch (end.Action)
            {
                case GatewayAction.Stop:
                    throw new DiscordFatalException(
                        $"Discord closed the gateway with {end.CloseCode} ({GatewayCloseCodes.Describe(end.CloseCode)}); not reconnecting.");
                case GatewayAction.Identify:
                    ForgetSession();
                    // Discord sends op 9 for IDENTIFYs it refuses too: repeated ones back off instead of looping every few seconds.
                    delay = end.WaitBeforeIdentify ? Max(jitter.InvalidSessionWait(), jitter.Backoff(failures)) : jitter.Backoff(failures);
                    break;
                default:
                    failedResumes = end.ReachedReady || session is null ? 0 : failedResumes + 1;
                    if (failedResumes >= MaxFailedResumes)
                    {
                        // The docs: when reconnecting fails, open a new connection on the gateway URL and IDENTIFY.
                        logger.ResumeHostUnreachable(failedResumes);
                        ForgetSession();
                        failedResumes = 0;
                    }

                    delay = jitter.Backoff(failures);
                    break;
            }
        }
    }

    private async Task<ConnectionEnd> ConnectOnceAsync(CancellationToken cancellationToken)
    {
        var resuming = session;
        using var connection = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var helloArrived = CancellationTokenSource.CreateLinkedTokenSource(connection.Token);
        var state = new ConnectionState(helloArrived);
        try
        {
            var url = resuming?.ResumeUrl ?? await identifyThrottle.WaitForTurnAsync(cancellationToken);
            using (var connectTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                connectTimeout.CancelAfter(ConnectTimeout);
                await transport.ConnectAsync(GatewayPayloads.WithQuery(url), connectTimeout.Token);
            }

            Metrics.Connected();
            state.HelloWatchdog = WatchForHelloAsync(state, connection);
            var end = await ReceiveLoopAsync(resuming, state, connection);
            await transport.DisconnectAsync(end.Action != GatewayAction.Identify, CancellationToken.None);
            return end;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutdown: close without ending the session, so a quick restart can RESUME.
            await transport.DisconnectAsync(reconnectionIntended: true, CancellationToken.None);
            throw;
        }
        catch (OperationCanceledException) when (state.Zombie)
        {
            logger.ZombieConnection();
            await transport.DisconnectAsync(reconnectionIntended: true, CancellationToken.None);
            return new ConnectionEnd(GatewayAction.Resume, state.Ready, null);
        }
        catch (OperationCanceledException) when (state.NoHello)
        {
            logger.NoHello(HelloTimeout);
            await transport.DisconnectAsync(reconnectionIntended: true, CancellationToken.None);
            return new ConnectionEnd(GatewayAction.Resume, state.Ready, null);
        }
        catch (Exception ex) when (IsConnectionFailure(ex))
        {
            logger.ConnectionFailed(ex);
            await transport.DisconnectAsync(reconnectionIntended: true, CancellationToken.None);
            return new ConnectionEnd(GatewayAction.Resume, state.Ready, null);
        }
        finally
        {
            await connection.CancelAsync();
            await Task.WhenAll(state.Heartbeat, state.HelloWatchdog)
                .ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        }
    }

    private async Task<ConnectionEnd> ReceiveLoopAsync(GatewaySession? resuming, ConnectionState state, CancellationTokenSource connection)
    {
        while (true)
        {
            var frame = await transport.ReceiveAsync(connection.Token);
            var receivedAt = time.GetTimestamp();
            if (frame.IsClose)
            {
                var action = GatewayCloseCodes.ActionFor(frame.CloseCode);
                var description = GatewayCloseCodes.Describe(frame.CloseCode);
                logger.GatewayClosed(frame.CloseCode, description, action);
                return new ConnectionEnd(action, state.Ready, frame.CloseCode);
            }

            using var document = JsonDocument.Parse(frame.Payload);
            var root = document.RootElement;
            var op = (GatewayOpcode)root.GetProperty("op").GetInt32();
            var data = root.TryGetProperty("d", out var d) ? d : default;
            switch (op)
            {
                case GatewayOpcode.Hello:
                    await state.HelloArrived.CancelAsync();
                    var interval = TimeSpan.FromMilliseconds(data.GetProperty("heartbeat_interval").GetDouble());
                    state.Heartbeat = HeartbeatLoopAsync(interval, state, connection);
                    await SendStartAsync(resuming, connection.Token);
                    break;
                case GatewayOpcode.HeartbeatAck:
                    state.AwaitingAck = false;
                    Metrics.Acked(time.GetElapsedTime(state.BeatSentAt));
                    break;
                case GatewayOpcode.Heartbeat:
                    await SendHeartbeatAsync(state, connection.Token);
                    break;
                case GatewayOpcode.Reconnect:
                    logger.ReconnectRequested();
                    return new ConnectionEnd(GatewayAction.Resume, state.Ready, null);
                case GatewayOpcode.InvalidSession:
                    var resumable = data.ValueKind == JsonValueKind.True;
                    logger.InvalidSession(resumable);
                    return resumable
                        ? new ConnectionEnd(GatewayAction.Resume, state.Ready, null)
                        : new ConnectionEnd(GatewayAction.Identify, state.Ready, null) { WaitBeforeIdentify = true };
                case GatewayOpcode.Dispatch:
                    OnDispatch(root, data, state, receivedAt);
                    break;
                default:
                    break;
            }
        }
    }

    private void OnDispatch(JsonElement root, JsonElement data, ConnectionState state, long receivedAt)
    {
        if (root.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number)
        {
            sequence = s.GetInt32();
        }

        var name = root.TryGetProperty("t", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : string.Empty;
        switch (name)
        {
            case "READY":
                session = new GatewaySession(
                    data.GetProperty("session_id").GetString()!,
                    new Uri(data.GetProperty("resume_gateway_url").GetString()!),
                    sequence);
                state.Ready = true;
                Metrics.BecameReady();
                logger.Ready();
                break;
            case "RESUMED":
                state.Ready = true;
                Metrics.ResumeCompleted();
                logger.Resumed(sequence);
                break;
            default:
                dispatches.OnDispatch(name, data.Clone(), receivedAt);
                break;
        }

        if (session is not null)
        {
            session = session with { Sequence = sequence };
            sessions.Remember(session);
        }
    }

    private async Task SendStartAsync(GatewaySession? resuming, CancellationToken cancellationToken)
    {
        if (resuming is not null)
        {
            Metrics.ResumeSent();
            await SendAsync(GatewayPayloads.Resume(options.Value.BotToken, resuming with { Sequence = sequence }), cancellationToken);
        }
        else
        {
            Metrics.Identified();
            await SendAsync(GatewayPayloads.Identify(options.Value.BotToken), cancellationToken);
        }
    }

    private async Task WatchForHelloAsync(ConnectionState state, CancellationTokenSource connection)
    {
        try
        {
            await Task.Delay(HelloTimeout, time, state.HelloArrived.Token);
            state.NoHello = true;
            await connection.CancelAsync();
        }
        catch (OperationCanceledException)
        {
            // HELLO came, or the connection ended first.
        }
    }

    private async Task HeartbeatLoopAsync(TimeSpan interval, ConnectionState state, CancellationTokenSource connection)
    {
        try
        {
            await Task.Delay(interval * jitter.NextFraction(), time, connection.Token);
            while (true)
            {
                if (state.AwaitingAck)
                {
                    state.Zombie = true;
                    await connection.CancelAsync();
                    return;
                }

                await SendHeartbeatAsync(state, connection.Token);
                await Task.Delay(interval, time, connection.Token);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or IOException or InvalidOperationException)
        {
            // The connection ended; the receive loop decides what happens next.
        }
    }

    private async Task SendHeartbeatAsync(ConnectionState state, CancellationToken cancellationToken)
    {
        state.AwaitingAck = true;
        state.BeatSentAt = time.GetTimestamp();
        await SendAsync(GatewayPayloads.Heartbeat(sequence), cancellationToken);
    }

    private async Task SendAsync(byte[] payload, CancellationToken cancellationToken)
    {
        await sendLock.WaitAsync(cancellationToken);
        try
        {
            await transport.SendAsync(payload, cancellationToken);
        }
        finally
        {
            sendLock.Release();
        }
    }

    private void ForgetSession()
    {
        session = null;
        sequence = null;
        sessions.Remember(null);
    }

    public void Dispose() => sendLock.Dispose();

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    // A frame we cannot read (not JSON, a missing field, a number out of range, a bad URL) also ends the connection and
    // resumes, rather than stopping the bot.
    private static bool IsConnectionFailure(Exception ex) =>
        ex is WebSocketException or IOException or HttpRequestException or JsonException or KeyNotFoundException
            or InvalidOperationException or FormatException or DiscordUnavailableException or OperationCanceledException;

    private sealed record ConnectionEnd(GatewayAction Action, bool ReachedReady, int? CloseCode)
    {
        public bool WaitBeforeIdentify { get; init; }
    }

    private sealed class ConnectionState(CancellationTokenSource helloArrived)
    {
        public readonly CancellationTokenSource HelloArrived = helloArrived;
        public volatile bool AwaitingAck;
        public volatile bool Zombie;
        public volatile bool Ready;
        public volatile bool NoHello;
        public long BeatSentAt;
        public Task Heartbeat = Task.CompletedTask;
        public Task HelloWatchdog = Task.CompletedTask;
    }
}
