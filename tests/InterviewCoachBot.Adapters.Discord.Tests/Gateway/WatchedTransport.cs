using InterviewCoachBot.Adapters.Discord.Gateway;

namespace InterviewCoachBot.Adapters.Discord.Tests.Gateway;

/// <summary>A real transport that also tells whether the client, between connections, is waiting for fake time.</summary>
internal sealed class WatchedTransport(IGatewayTransport inner, SteppedClock clock) : IGatewayTransport
{
    private readonly Lock gate = new();
    private bool open;
    private long closedAtTimer;

    public async Task ConnectAsync(Uri url, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            open = true;
        }

        await inner.ConnectAsync(url, cancellationToken);
    }

    public Task SendAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken) => inner.SendAsync(payload, cancellationToken);

    public Task<GatewayReceiveResult> ReceiveAsync(CancellationToken cancellationToken) => inner.ReceiveAsync(cancellationToken);

    public Task DisconnectAsync(bool reconnectionIntended, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            open = false;
            closedAtTimer = clock.Created;
        }

        return inner.DisconnectAsync(reconnectionIntended, cancellationToken);
    }

    /// <summary>Disconnected, with a timer armed since (the wait before the next connection; never the old heartbeat).</summary>
    public bool IsWaitingFor(SteppedClock time)
    {
        lock (gate)
        {
            return !open && time.HasTimerArmedAfter(closedAtTimer);
        }
    }
}
