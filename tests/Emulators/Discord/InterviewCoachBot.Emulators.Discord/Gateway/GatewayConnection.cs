using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace InterviewCoachBot.Emulators.Discord.Gateway;

/// <summary>
/// One accepted gateway WebSocket: an ordered outbox (payloads, close frames, aborts) pumped by a single
/// writer, so sequence numbers reach the client in the order they were assigned.
/// </summary>
internal sealed class GatewayConnection : IAsyncDisposable
{
    private readonly HttpContext _http;
    private readonly Channel<Outgoing> _outbox = Channel.CreateUnbounded<Outgoing>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stop;
    private readonly Task _pump;

    public GatewayConnection(int id, string path, HttpContext http, WebSocket socket, CancellationToken stopping)
    {
        Id = id;
        Path = path;
        _http = http;
        Socket = socket;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        _pump = Task.Run(PumpAsync, CancellationToken.None);
    }

    public int Id { get; }

    public string Path { get; }

    public WebSocket Socket { get; }

    /// <summary>Session this connection is authenticated for (null before IDENTIFY/RESUME). Guarded by the hub's lock.</summary>
    public GatewaySession? Session { get; set; }

    /// <summary>Whether the last heartbeat is to be acknowledged, decided when it was recorded so a test that sees the
    /// heartbeat counted and then changes <c>WithholdAcks</c> cannot change the fate of that heartbeat.</summary>
    public bool AckPending { get; set; }

    /// <summary>Set once the server sent a close frame or aborted; later client frames are ignored.</summary>
    public int? ServerCloseCode { get; private set; }

    public bool IsClosing { get; private set; }

    public bool IsOpen => !IsClosing && Socket.State == WebSocketState.Open;

    public CancellationToken Stopping => _stop.Token;

    /// <summary>Queues a JSON text frame (never blocks).</summary>
    public Task SendAsync(string json) => Enqueue(new Outgoing(json, null, null, false));

    /// <summary>Queues a close frame with <paramref name="code"/>; later payloads are dropped.</summary>
    public Task CloseAsync(int code, string reason)
    {
        IsClosing = true;
        ServerCloseCode ??= code;
        return Enqueue(new Outgoing(null, code, reason, false));
    }

    /// <summary>Queues an abort: the TCP connection is reset without a close frame.</summary>
    public Task AbortAsync()
    {
        IsClosing = true;
        return Enqueue(new Outgoing(null, null, null, true));
    }

    public async ValueTask DisposeAsync()
    {
        _outbox.Writer.TryComplete();
        await _stop.CancelAsync().ConfigureAwait(false);
        await _pump.ConfigureAwait(false);
        _stop.Dispose();
    }

    private Task Enqueue(Outgoing item)
    {
        if (!_outbox.Writer.TryWrite(item))
        {
            item.Done.TrySetResult();
        }

        return item.Done.Task;
    }

    private async Task PumpAsync()
    {
        var stopped = false;
        await foreach (var item in _outbox.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            if (!stopped)
            {
                stopped = !await WriteAsync(item).ConfigureAwait(false);
            }

            item.Done.TrySetResult();
        }
    }

    /// <summary>Writes one item; false once nothing more can be written.</summary>
    private async Task<bool> WriteAsync(Outgoing item)
    {
        try
        {
            if (item.Abort)
            {
                _http.Abort();
                return false;
            }

            if (item.CloseCode is { } code)
            {
                if (Socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    await Socket.CloseOutputAsync((WebSocketCloseStatus)code, item.Reason, _stop.Token).ConfigureAwait(false);
                }

                return false;
            }

            await Socket.SendAsync(Encoding.UTF8.GetBytes(item.Json!), WebSocketMessageType.Text, true, _stop.Token).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
        {
            return false;
        }
    }

    private sealed record Outgoing(string? Json, int? CloseCode, string? Reason, bool Abort)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
