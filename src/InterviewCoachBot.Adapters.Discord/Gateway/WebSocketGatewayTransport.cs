using System.Net.WebSockets;

namespace InterviewCoachBot.Adapters.Discord.Gateway;

/// <summary>The gateway over <see cref="ClientWebSocket"/>: JSON text frames, no compression, no WebSocket keep-alive (heartbeats are the liveness signal).</summary>
internal sealed class WebSocketGatewayTransport : IGatewayTransport, IDisposable
{
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(2);
    private readonly byte[] buffer = new byte[16 * 1024];
    private ClientWebSocket? socket;

    public async Task ConnectAsync(Uri url, CancellationToken cancellationToken)
    {
        socket?.Dispose();
        socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await socket.ConnectAsync(url, cancellationToken);
    }

    public Task SendAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken) =>
        Socket.SendAsync(payload, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).AsTask();

    public async Task<GatewayReceiveResult> ReceiveAsync(CancellationToken cancellationToken)
    {
        var current = Socket;
        try
        {
            using var message = new MemoryStream();
            while (true)
            {
                var result = await current.ReceiveAsync(buffer.AsMemory(), cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return GatewayReceiveResult.Closed((int?)current.CloseStatus, current.CloseStatusDescription);
                }

                message.Write(buffer, 0, result.Count);
                if (result.EndOfMessage)
                {
                    return GatewayReceiveResult.Message(message.ToArray());
                }
            }
        }
        catch (WebSocketException ex)
        {
            return GatewayReceiveResult.Closed(null, ex.WebSocketErrorCode.ToString());
        }
    }

    public async Task DisconnectAsync(bool reconnectionIntended, CancellationToken cancellationToken)
    {
        var current = socket;
        socket = null;
        if (current is null)
        {
            return;
        }

        try
        {
            if (current.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(CloseTimeout);
                var status = reconnectionIntended ? (WebSocketCloseStatus)GatewayCloseCodes.Reconnecting : WebSocketCloseStatus.NormalClosure;
                await current.CloseOutputAsync(status, reconnectionIntended ? "reconnecting" : "shutting down", timeout.Token);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The connection is gone either way.
        }
        finally
        {
            current.Abort();
            current.Dispose();
        }
    }

    public void Dispose() => socket?.Dispose();

    private ClientWebSocket Socket => socket ?? throw new InvalidOperationException("The gateway transport is not connected.");
}
