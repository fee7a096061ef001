using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewCoachBot.Emulators.Discord.Infrastructure;

namespace InterviewCoachBot.Emulators.Discord.Gateway;

/// <summary>Sessions, connections, counters and dispatch fan-out for the emulated gateway.</summary>
internal sealed class GatewayHub(DiscordEmulatorOptions options, StateSignal signal)
{
    public const string GatewayPath = "/gateway";
    public const string ResumePath = "/gateway-resume";

    private readonly Lock _lock = new();
    private readonly Dictionary<string, GatewaySession> _sessions = new(StringComparer.Ordinal);
    private readonly List<GatewayConnection> _open = [];
    private readonly List<GatewayFrame> _frames = [];
    private readonly List<int?> _clientCloseCodes = [];
    private GatewaySession? _current;
    private int _connections;
    private int _resumeUrlConnections;
    private int _identifies;
    private int _resumes;
    private int _successfulResumes;
    private int _heartbeats;
    private int _acks;
    private int? _lastClientSeq;
    private volatile bool _withholdAcks;
    private int _silentConnections;
    private volatile bool _refuseResumeHost;

    /// <summary>While true the <c>resume_gateway_url</c> host refuses connections (a drained regional node).</summary>
    public bool RefuseResumeHost
    {
        get => _refuseResumeHost;
        set => _refuseResumeHost = value;
    }

    public bool WithholdAcks
    {
        get => _withholdAcks;
        set => _withholdAcks = value;
    }

    /// <summary>Seeded zombie connections; null for none.</summary>
    public DiscordFaultSchedule? FaultSchedule { get; set; }

    /// <summary>The next <paramref name="count"/> connections get no HELLO (a socket that opens, then stalls).</summary>
    public void SilenceNextConnections(int count) => Interlocked.Add(ref _silentConnections, count);

    /// <summary>True (once per silenced connection) when this connection is to get no HELLO.</summary>
    public bool TakeSilentConnection()
    {
        while (Volatile.Read(ref _silentConnections) is var left && left > 0)
        {
            if (Interlocked.CompareExchange(ref _silentConnections, left - 1, left) == left)
            {
                return true;
            }
        }

        return false;
    }

    public int NextConnectionId()
    {
        lock (_lock)
        {
            return ++_connections;
        }
    }

    public void Opened(GatewayConnection connection)
    {
        lock (_lock)
        {
            _open.Add(connection);
            if (connection.Path == ResumePath)
            {
                _resumeUrlConnections++;
            }
        }

        signal.Pulse();
    }

    /// <summary>The socket is gone: detach its session; a client close 1000/1001 ends the session.</summary>
    public void Closed(GatewayConnection connection, int? clientCloseCode, bool clientInitiated)
    {
        lock (_lock)
        {
            _open.Remove(connection);
            if (clientInitiated || connection.ServerCloseCode is null)
            {
                _clientCloseCodes.Add(clientCloseCode);
            }

            if (connection.Session is { } session && session.Connection == connection)
            {
                session.Connection = null;
                if (clientCloseCode is 1000 or 1001 && clientInitiated)
                {
                    session.Invalidated = true;
                }
            }
        }

        signal.Pulse();
    }

    public void RecordFrame(GatewayConnection connection, int op, JsonElement? payload)
    {
        lock (_lock)
        {
            _frames.Add(new GatewayFrame(connection.Id, connection.Path, op, payload, options.TimeProvider.GetUtcNow()));
            switch (op)
            {
                case GatewayOpcodes.Identify:
                    _identifies++;
                    break;
                case GatewayOpcodes.Resume:
                    _resumes++;
                    break;
                case GatewayOpcodes.Heartbeat:
                    _heartbeats++;
                    connection.AckPending = !_withholdAcks && (FaultSchedule?.AcknowledgesHeartbeat(connection.Id) ?? true);
                    _lastClientSeq = payload is { } p && p.TryGetProperty("d", out var d) && d.ValueKind == JsonValueKind.Number ? d.GetInt32() : null;
                    break;
                default:
                    break;
            }
        }

        signal.Pulse();
    }

    public async Task AckHeartbeatAsync(GatewayConnection connection)
    {
        lock (_lock)
        {
            if (!connection.AckPending)
            {
                return;
            }

            connection.AckPending = false;
            _acks++;
        }

        await connection.SendAsync(GatewayPayloads.Op(GatewayOpcodes.HeartbeatAck, null)).ConfigureAwait(false);
        signal.Pulse();
    }

    /// <summary>Creates a session for an identified connection and queues READY.</summary>
    public void StartSession(GatewayConnection connection, string resumeUrl, string applicationId, JsonNode? shard)
    {
        lock (_lock)
        {
            var session = new GatewaySession(Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant());
            _sessions[session.Id] = session;
            _current = session;
            session.Connection = connection;
            connection.Session = session;
            EnqueueDispatch(session, "READY", GatewayPayloads.Ready(session.Id, resumeUrl, applicationId, options.BotUsername, shard));
        }

        signal.Pulse();
    }

    /// <summary>Resumes a session on a new connection: replays dispatches after <paramref name="seq"/>, then RESUMED.</summary>
    public ResumeOutcome Resume(GatewayConnection connection, string sessionId, int seq)
    {
        GatewayConnection? displaced = null;
        lock (_lock)
        {
            if (!_sessions.TryGetValue(sessionId, out var session) || session.Invalidated)
            {
                return ResumeOutcome.InvalidSession;
            }

            if (seq > session.Sequence)
            {
                session.Invalidated = true;
                return ResumeOutcome.InvalidSequence;
            }

            var oldest = session.Buffer.First?.Value.Seq ?? session.Sequence + 1;
            if (seq + 1 < oldest && seq < session.Sequence)
            {
                session.Invalidated = true;
                return ResumeOutcome.InvalidSession;
            }

            if (session.Connection is { } old && old != connection)
            {
                old.Session = null;
                displaced = old;
            }

            session.Connection = connection;
            connection.Session = session;
            foreach (var (s, json) in session.Buffer)
            {
                if (s > seq)
                {
                    _ = connection.SendAsync(json);
                }
            }

            EnqueueDispatch(session, "RESUMED", new JsonObject { ["_trace"] = new JsonArray("emulator-gateway") });
            _successfulResumes++;
        }

        if (displaced is not null)
        {
            _ = displaced.AbortAsync();
        }

        signal.Pulse();
        return ResumeOutcome.Resumed;
    }

    /// <summary>Sends a dispatch on the current session, or buffers it while the socket is down.</summary>
    public void Dispatch(string type, JsonNode data)
    {
        lock (_lock)
        {
            var session = _current is { Invalidated: false } s ? s
                : throw new InvalidOperationException("No live gateway session: wait until the bot has identified (WaitForGatewayAsync).");
            EnqueueDispatch(session, type, data);
        }

        signal.Pulse();
    }

    /// <summary>Unauthenticates a socket but keeps its session resumable (op 9 d=true).</summary>
    public void DetachSession(GatewayConnection connection)
    {
        lock (_lock)
        {
            if (connection.Session is { } session)
            {
                session.Connection = null;
                connection.Session = null;
            }
        }
    }

    public void InvalidateSessionOf(GatewayConnection connection)
    {
        lock (_lock)
        {
            if (connection.Session is { } session)
            {
                session.Invalidated = true;
                connection.Session = null;
            }
        }
    }

    /// <summary>The connection fault injection acts on: the current session's socket, else the newest open one.</summary>
    public GatewayConnection? Target()
    {
        lock (_lock)
        {
            return _current?.Connection is { IsOpen: true } c ? c : _open.LastOrDefault(o => o.IsOpen);
        }
    }

    public IReadOnlyList<GatewayConnection> OpenConnections()
    {
        lock (_lock)
        {
            return [.. _open];
        }
    }

    public IReadOnlyList<GatewayFrame> Frames()
    {
        lock (_lock)
        {
            return [.. _frames];
        }
    }

    public GatewayStats Stats()
    {
        lock (_lock)
        {
            return new GatewayStats(
                _connections,
                _resumeUrlConnections,
                _identifies,
                _resumes,
                _successfulResumes,
                _heartbeats,
                _acks,
                _sessions.Count,
                _current?.Sequence ?? 0,
                _lastClientSeq,
                _current?.Id,
                _open.Count,
                [.. _clientCloseCodes]);
        }
    }

    /// <summary>Must hold <see cref="_lock"/>.</summary>
    private void EnqueueDispatch(GatewaySession session, string type, JsonNode data)
    {
        var seq = ++session.Sequence;
        var json = GatewayPayloads.Dispatch(type, seq, data);
        session.Buffer.AddLast((seq, json));
        while (session.Buffer.Count > options.ReplayBufferSize)
        {
            session.Buffer.RemoveFirst();
        }

        if (session.Connection is { IsOpen: true } connection)
        {
            _ = connection.SendAsync(json);
        }
    }
}

/// <summary>Result of <see cref="GatewayHub.Resume"/>.</summary>
internal enum ResumeOutcome
{
    Resumed,
    InvalidSession,
    InvalidSequence,
}
