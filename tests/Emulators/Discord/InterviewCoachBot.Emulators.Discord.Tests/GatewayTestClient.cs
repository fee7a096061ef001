using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace InterviewCoachBot.Emulators.Discord.Tests;

/// <summary>A bare gateway client over ClientWebSocket for driving the emulator frame by frame.</summary>
internal sealed class GatewayTestClient : IAsyncDisposable
{
    public static readonly TimeSpan WaitTimeout = TimeSpan.FromSeconds(10);
    private readonly ClientWebSocket _socket = new();

    private GatewayTestClient()
    {
    }

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public static async Task<GatewayTestClient> ConnectAsync(Uri url, string query = "?v=10&encoding=json")
    {
        var client = new GatewayTestClient();
        client._socket.Options.KeepAliveInterval = TimeSpan.Zero;
        using var cts = new CancellationTokenSource(WaitTimeout);
        await client._socket.ConnectAsync(new Uri(url + query), cts.Token);
        return client;
    }

    /// <summary>Connects, reads HELLO, identifies and returns READY's <c>d</c>.</summary>
    public static async Task<(GatewayTestClient Client, JsonElement Ready)> IdentifyAsync(DiscordEmulator emulator, string token)
    {
        var client = await ConnectAsync(emulator.GatewayUrl);
        await client.ReceiveOpAsync(10);
        await client.SendAsync(Identify(token));
        var ready = await client.ReceiveDispatchAsync("READY");
        return (client, ready.GetProperty("d"));
    }

    public static object Identify(string token) => new
    {
        op = 2,
        d = new { token, intents = 0, properties = new { os = "linux", browser = "tests", device = "tests" } },
    };

    public Task SendAsync(object payload) => SendRawAsync(JsonSerializer.Serialize(payload));

    public async Task SendRawAsync(string json)
    {
        using var cts = new CancellationTokenSource(WaitTimeout);
        await _socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, cts.Token);
    }

    /// <summary>Next payload, or null when the server closed the socket (see <see cref="CloseStatus"/>).</summary>
    public async Task<JsonElement?> ReceiveAsync()
    {
        using var cts = new CancellationTokenSource(WaitTimeout);
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        while (true)
        {
            var result = await _socket.ReceiveAsync(chunk, cts.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                if (_socket.State == WebSocketState.CloseReceived)
                {
                    await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, cts.Token);
                }

                return null;
            }

            buffer.Write(chunk, 0, result.Count);
            if (result.EndOfMessage)
            {
                return JsonDocument.Parse(buffer.ToArray()).RootElement.Clone();
            }
        }
    }

    public async Task<JsonElement> ReceiveOpAsync(int op)
    {
        while (true)
        {
            var payload = await ReceiveAsync() ?? throw new InvalidOperationException($"Closed ({CloseStatus}) while waiting for op {op}.");
            if (payload.GetProperty("op").GetInt32() == op)
            {
                return payload;
            }
        }
    }

    public async Task<JsonElement> ReceiveDispatchAsync(string type)
    {
        while (true)
        {
            var payload = await ReceiveOpAsync(0);
            if (payload.GetProperty("t").GetString() == type)
            {
                return payload;
            }
        }
    }

    /// <summary>Reads until the server closes; returns the close code.</summary>
    public async Task<int?> ReceiveCloseAsync()
    {
        while (await ReceiveAsync() is not null)
        {
        }

        return (int?)CloseStatus;
    }

    /// <summary>Reads until the connection fails without a close frame (server-side abort).</summary>
    public async Task<bool> ReceiveUntilDroppedAsync()
    {
        try
        {
            while (await ReceiveAsync() is not null)
            {
            }

            return false;
        }
        catch (WebSocketException)
        {
            return true;
        }
    }

    public async Task CloseAsync(WebSocketCloseStatus status)
    {
        using var cts = new CancellationTokenSource(WaitTimeout);
        if (_socket.State == WebSocketState.Open)
        {
            await _socket.CloseAsync(status, null, cts.Token);
        }
    }

    public ValueTask DisposeAsync()
    {
        _socket.Abort();
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }
}
