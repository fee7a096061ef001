using System.Net.WebSockets;
using Microsoft.AspNetCore.Http;

namespace InterviewCoachBot.Emulators.Discord.Gateway;

/// <summary>Accepts gateway WebSockets, checks <c>?v=10&amp;encoding=json</c>, sends HELLO and runs the receive loop.</summary>
internal sealed class GatewayEndpoint(GatewayHub hub, GatewayFrameHandler frames, DiscordEmulatorOptions options)
{
    public static bool IsGatewayPath(PathString path) =>
        path.Equals(GatewayHub.GatewayPath, StringComparison.Ordinal) || path.Equals(GatewayHub.ResumePath, StringComparison.Ordinal)
        || path.Equals("/", StringComparison.Ordinal);

    public async Task HandleAsync(HttpContext http, CancellationToken stopping)
    {
        if (hub.RefuseResumeHost && http.Request.Path.Equals(GatewayHub.ResumePath, StringComparison.Ordinal))
        {
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        if (!http.WebSockets.IsWebSocketRequest)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        var connection = new GatewayConnection(hub.NextConnectionId(), http.Request.Path.Value ?? "/", http, socket, stopping);
        await using (connection.ConfigureAwait(false))
        {
            hub.Opened(connection);
            var query = http.Request.Query;
            if (query["v"] != "10" || query["encoding"] != "json")
            {
                _ = connection.CloseAsync(GatewayCloseCodes.InvalidApiVersion, "Invalid API version.");
            }
            else if (!hub.TakeSilentConnection())
            {
                _ = connection.SendAsync(GatewayPayloads.Hello(options.HeartbeatIntervalMs));
            }

            var (code, clientInitiated) = await ReceiveLoopAsync(connection).ConfigureAwait(false);
            hub.Closed(connection, code, clientInitiated);
        }
    }

    /// <summary>Reads frames until the socket closes; returns the client's close code (null = dropped).</summary>
    private async Task<(int? Code, bool ClientInitiated)> ReceiveLoopAsync(GatewayConnection connection)
    {
        var buffer = new byte[GatewayOpcodes.MaxPayloadBytes + 1];
        try
        {
            while (true)
            {
                var length = 0;
                var tooLarge = false;
                ValueWebSocketReceiveResult result;
                do
                {
                    var target = tooLarge ? buffer.AsMemory() : buffer.AsMemory(length);
                    if (target.Length == 0)
                    {
                        tooLarge = true;
                        target = buffer.AsMemory();
                    }

                    result = await connection.Socket.ReceiveAsync(target, connection.Stopping).ConfigureAwait(false);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        return await OnCloseFrameAsync(connection).ConfigureAwait(false);
                    }

                    if (!tooLarge)
                    {
                        length += result.Count;
                        tooLarge = length > GatewayOpcodes.MaxPayloadBytes;
                    }
                }
                while (!result.EndOfMessage);

                if (connection.IsClosing)
                {
                    continue;
                }

                if (tooLarge)
                {
                    _ = connection.CloseAsync(GatewayCloseCodes.DecodeError, "Payload too large.");
                    continue;
                }

                await frames.HandleAsync(connection, buffer.AsMemory(0, length)).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
            return (null, false);
        }
    }

    private static async Task<(int? Code, bool ClientInitiated)> OnCloseFrameAsync(GatewayConnection connection)
    {
        var code = (int?)connection.Socket.CloseStatus;
        var clientInitiated = connection.ServerCloseCode is null;
        if (clientInitiated)
        {
            await connection.CloseAsync(code ?? 1000, string.Empty).ConfigureAwait(false);
        }

        return (code, clientInitiated);
    }
}
