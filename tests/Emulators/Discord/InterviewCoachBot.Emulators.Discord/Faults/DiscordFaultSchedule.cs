using InterviewCoachBot.Emulators.Faults;

namespace InterviewCoachBot.Emulators.Discord;

/// <summary>
/// Faults decided by a seed and a count, for chaos runs. REST: each request on one of <see cref="RouteKeys"/> (counted
/// from 1, in arrival order) draws one number from the seed: 429 bursts with <c>retry_after</c> and the rate-limit headers,
/// 5xx, a request held unanswered (<see cref="TimeoutFault"/>), a connection reset before or after the request took
/// effect. Gateway: each connection (counted from 1) draws whether it turns zombie, and after how many acknowledged
/// heartbeats it stops sending op 11 (Discord's docs: the client should then close and resume). Faults queued with
/// <see cref="DiscordEmulator.FailNextRest"/> come first.
/// </summary>
public sealed class DiscordFaultSchedule(long seed)
{
    private const long ZombieStream = 1;
    private const long ZombieAfterStream = 2;
    private static readonly int[] ServerErrorStatuses = [500, 502, 503];
    private readonly Lock _gate = new();
    private readonly Dictionary<int, int> _heartbeats = [];
    private readonly HashSet<int> _zombies = [];
    private readonly FaultDraws _draws = new(seed);

    public long Seed { get; } = seed;

    /// <summary>Route keys the REST faults apply to; by default the DM path of nudges (open the DM, post the message).</summary>
    public IReadOnlySet<string> RouteKeys { get; init; } = new HashSet<string>(
        ["POST /users/@me/channels", "POST /channels/{channel_id}/messages"], StringComparer.Ordinal);

    /// <summary>Chance that a request starts a burst of <see cref="RateLimitBurstLength"/> 429 answers.</summary>
    public double RateLimitBurstChance { get; init; } = 0.02;

    public int RateLimitBurstLength { get; init; } = 3;

    /// <summary>The 429's <c>retry_after</c> in seconds (Discord sends a float).</summary>
    public double RetryAfterSeconds { get; init; } = 0.5;

    /// <summary>Chance of a 500, 502 or 503 (by request number).</summary>
    public double ServerErrorChance { get; init; } = 0.30;

    public double TimeoutChance { get; init; } = 0.10;

    /// <summary>How long a timed-out request is held before its connection is reset.</summary>
    public TimeSpan TimeoutHold { get; init; } = TimeSpan.FromSeconds(1);

    public double DropBeforeEffectChance { get; init; } = 0.02;

    /// <summary>Chance that the request takes effect (the message is created) and then its connection is reset.</summary>
    public double DropAfterEffectChance { get; init; } = 0.02;

    /// <summary>Chance that a gateway connection turns zombie.</summary>
    public double ZombieChance { get; init; } = 0.25;

    /// <summary>A zombie acknowledges between 1 and this many heartbeats before it goes silent.</summary>
    public int ZombieMaxAckedHeartbeats { get; init; } = 3;

    /// <summary>REST requests the schedule has seen so far.</summary>
    public long RequestCount => _draws.RequestCount;

    /// <summary>Gateway connections that stopped acknowledging heartbeats so far.</summary>
    public int ZombieConnections
    {
        get
        {
            lock (_gate)
            {
                return _zombies.Count;
            }
        }
    }

    /// <summary>The fault for the next request on <paramref name="routeKey"/>, or null to serve it normally.</summary>
    public RestFault? Next(string routeKey)
    {
        if (!RouteKeys.Contains(routeKey))
        {
            return null;
        }

        var (fault, number) = _draws.Next(
            RateLimitBurstChance, RateLimitBurstLength, ServerErrorChance, TimeoutChance, DropBeforeEffectChance, DropAfterEffectChance);
        return fault switch
        {
            DrawnFault.RateLimited => RestFault.RateLimited(RetryAfterSeconds),
            DrawnFault.ServerError => RestFault.ServerError(ServerErrorStatuses[(int)(number % ServerErrorStatuses.Length)]),
            DrawnFault.Timeout => new TimeoutFault(TimeoutHold),
            DrawnFault.DropBeforeEffect => RestFault.DropConnection(),
            DrawnFault.DropAfterEffect => RestFault.DropConnection(afterProcessing: true),
            _ => null,
        };
    }

    /// <summary>Counts a heartbeat on gateway connection <paramref name="connectionId"/>; false when it goes unacknowledged.</summary>
    public bool AcknowledgesHeartbeat(int connectionId)
    {
        lock (_gate)
        {
            var count = _heartbeats[connectionId] = _heartbeats.GetValueOrDefault(connectionId) + 1;
            if (SeededRandom.Unit(Seed, connectionId, ZombieStream) >= ZombieChance)
            {
                return true;
            }

            var acked = 1 + (int)(SeededRandom.Unit(Seed, connectionId, ZombieAfterStream) * ZombieMaxAckedHeartbeats);
            if (count <= acked)
            {
                return true;
            }

            _zombies.Add(connectionId);
            return false;
        }
    }
}
