using System.Text.Json;
using InterviewCoachBot.Adapters.Discord.Gateway;

namespace InterviewCoachBot.Adapters.Discord.Tests.Gateway;

/// <summary>A real transport that also tells whether the client, between connections, is waiting for fake time.</summary>
internal sealed class WatchedTransport(IGatewayTransport inner, SteppedClock clock) : IGatewayTransport
{
    private readonly Lock gate = new();
    private bool open;
    private long closedAtTimer;
    private long openedAtTimer;
    private bool helloSeen;
    private int connects;

    /// <summary>Connections the client began; counted before the socket opens, so before it can arm that connection's HELLO timeout.</summary>
    public int Connects
    {
        get
        {
            lock (gate)
            {
                return connects;
            }
        }
    }

    public async Task ConnectAsync(Uri url, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            open = true;
            connects++;
            openedAtTimer = clock.Created;
            helloSeen = false;
        }

        await inner.ConnectAsync(url, cancellationToken);
    }

    public Task SendAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken) => inner.SendAsync(payload, cancellationToken);

    public async Task<GatewayReceiveResult> ReceiveAsync(CancellationToken cancellationToken)
    {
        var result = await inner.ReceiveAsync(cancellationToken);
        if (!result.IsClose && JsonDocument.Parse(result.Payload).RootElement.GetProperty("op").GetInt32() == (int)GatewayOpcode.Hello)
        {
            lock (gate)
            {
                helloSeen = true;
            }
        }

        return result;
    }

    public Task DisconnectAsync(bool reconnectionIntended, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            open = false;
            closedAtTimer = clock.Created;
        }

        return inner.DisconnectAsync(reconnectionIntended, cancellationToken);
    }

    /// <summary>
    /// Disconnected, with a timer armed since (the wait before the next connection; never the old heartbeat); with
    /// <paramref name="whileConnected"/>, also connected, before HELLO, with a timer armed since the socket opened.
    /// </summary>
    public bool IsWaitingFor(SteppedClock time, bool whileConnected)
    {
        lock (gate)
        {
            return open
                ? whileConnected && !helloSeen && time.HasTimerArmedAfter(openedAtTimer)
                : time.HasTimerArmedAfter(closedAtTimer);
        }
    }
}
