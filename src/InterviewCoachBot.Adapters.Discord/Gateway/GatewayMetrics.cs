namespace InterviewCoachBot.Adapters.Discord.Gateway;

/// <summary>Counters of one gateway client, for logs and tests.</summary>
public sealed class GatewayMetrics
{
    private int connections;
    private int identifies;
    private int resumes;
    private int resumed;
    private int readies;
    private int heartbeatAcks;
    private long lastAckTicks;
    private long maxAckTicks;

    public int Connections => Volatile.Read(ref connections);

    /// <summary>IDENTIFY payloads sent.</summary>
    public int Identifies => Volatile.Read(ref identifies);

    /// <summary>RESUME payloads sent.</summary>
    public int Resumes => Volatile.Read(ref resumes);

    /// <summary>RESUMED events received.</summary>
    public int Resumed => Volatile.Read(ref resumed);

    /// <summary>READY events received (new sessions).</summary>
    public int Readies => Volatile.Read(ref readies);

    /// <summary>Heartbeat ACKs received.</summary>
    public int HeartbeatAcks => Volatile.Read(ref heartbeatAcks);

    /// <summary>Time from the last heartbeat to its ACK.</summary>
    public TimeSpan LastAckLatency => TimeSpan.FromTicks(Interlocked.Read(ref lastAckTicks));

    public TimeSpan MaxAckLatency => TimeSpan.FromTicks(Interlocked.Read(ref maxAckTicks));

    internal void Connected() => Interlocked.Increment(ref connections);

    internal void Identified() => Interlocked.Increment(ref identifies);

    internal void ResumeSent() => Interlocked.Increment(ref resumes);

    internal void BecameReady() => Interlocked.Increment(ref readies);

    internal void ResumeCompleted() => Interlocked.Increment(ref resumed);

    internal void Acked(TimeSpan latency)
    {
        Interlocked.Increment(ref heartbeatAcks);
        Interlocked.Exchange(ref lastAckTicks, latency.Ticks);
        if (latency.Ticks > Interlocked.Read(ref maxAckTicks))
        {
            Interlocked.Exchange(ref maxAckTicks, latency.Ticks);
        }
    }
}
