using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using InterviewCoachBot.Adapters.Discord.Gateway;

namespace InterviewCoachBot.Adapters.Discord.Tests.Gateway;

/// <summary>A gateway the test scripts: it queues what the "server" says and records what the client sent and where it connected.</summary>
/// <remarks>It also knows when the client has read everything said so far, for <see cref="IsWaitingFor"/>.</remarks>
internal sealed class ScriptedGatewayTransport(SteppedClock clock) : IGatewayTransport
{
    private readonly Lock gate = new();
    private readonly List<Uri> connections = [];
    private readonly List<bool> disconnects = [];
    private readonly List<JsonElement> sent = [];
    private Channel<GatewayReceiveResult> inbound = Channel.CreateUnbounded<GatewayReceiveResult>();
    private readonly Channel<Uri> connected = Channel.CreateUnbounded<Uri>();
    private bool open;
    private bool parked;
    private long closedAtTimer;

    public IReadOnlyList<Uri> Connections
    {
        get
        {
            lock (gate)
            {
                return [.. connections];
            }
        }
    }

    /// <summary>The <c>reconnectionIntended</c> of each disconnect.</summary>
    public IReadOnlyList<bool> Disconnects
    {
        get
        {
            lock (gate)
            {
                return [.. disconnects];
            }
        }
    }

    public Task ConnectAsync(Uri url, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            connections.Add(url);
            inbound = Channel.CreateUnbounded<GatewayReceiveResult>();
            open = true;
        }

        connected.Writer.TryWrite(url);
        return Task.CompletedTask;
    }

    public Task SendAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        using var document = JsonDocument.Parse(payload);
        lock (gate)
        {
            sent.Add(document.RootElement.Clone());
        }

        return Task.CompletedTask;
    }

    public async Task<GatewayReceiveResult> ReceiveAsync(CancellationToken cancellationToken)
    {
        Channel<GatewayReceiveResult> current;
        lock (gate)
        {
            current = inbound;
            if (current.Reader.TryRead(out var queued))
            {
                return queued;
            }

            parked = true;
        }

        try
        {
            return await current.Reader.ReadAsync(cancellationToken);
        }
        finally
        {
            lock (gate)
            {
                parked = false;
            }
        }
    }

    public Task DisconnectAsync(bool reconnectionIntended, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            disconnects.Add(reconnectionIntended);
            open = false;
            closedAtTimer = clock.Created;
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// True when the client can only go on once fake time passes: connected and waiting for the next frame with every frame
    /// read (its heartbeat timer armed), or disconnected with the wait before the next connection armed.
    /// </summary>
    public bool IsWaitingFor(SteppedClock time)
    {
        lock (gate)
        {
            return open ? parked && time.HasArmedTimer : time.HasTimerArmedAfter(closedAtTimer);
        }
    }

    /// <summary>Waits for the next connection.</summary>
    public async Task<Uri> NextConnectionAsync() =>
        await connected.Reader.ReadAsync(TestContext.Current.CancellationToken).AsTask().WaitAsync(TimeSpan.FromSeconds(10));

    /// <summary>Everything the client sent, in order.</summary>
    public IReadOnlyList<JsonElement> Sent
    {
        get
        {
            lock (gate)
            {
                return [.. sent];
            }
        }
    }

    public IReadOnlyList<JsonElement> SentWithOp(GatewayOpcode op) =>
        [.. Sent.Where(p => p.GetProperty("op").GetInt32() == (int)op)];

    public void Hello(int intervalMs) => Say(new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = intervalMs } });

    public void Ack() => Say(new JsonObject { ["op"] = 11 });

    public void Ready(int seq, string sessionId = "session-1", string resumeUrl = "wss://resume.example/") =>
        Dispatch("READY", seq, new JsonObject { ["session_id"] = sessionId, ["resume_gateway_url"] = resumeUrl, ["v"] = 10 });

    public void Dispatch(string name, int seq, JsonNode data) => Say(new JsonObject { ["op"] = 0, ["s"] = seq, ["t"] = name, ["d"] = data });

    public void Op(int op, JsonNode? data = null) => Say(new JsonObject { ["op"] = op, ["d"] = data });

    /// <summary>Any frame, such as one a faulty or hostile server could send.</summary>
    public void Raw(JsonObject payload) => Say(payload);

    public void Close(int? code)
    {
        lock (gate)
        {
            inbound.Writer.TryWrite(GatewayReceiveResult.Closed(code));
            parked = false;
        }
    }

    private void Say(JsonObject payload)
    {
        lock (gate)
        {
            inbound.Writer.TryWrite(GatewayReceiveResult.Message(Encoding.UTF8.GetBytes(payload.ToJsonString())));
            parked = false;
        }
    }
}
