using InterviewCoachBot.Emulators.Discord.Gateway;

namespace InterviewCoachBot.Emulators.Discord;

/// <summary>Fault injection on the gateway and REST.</summary>
public sealed partial class DiscordEmulator
{
    /// <summary>Resets the current gateway TCP connection without a close frame. The session stays resumable and
    /// dispatches sent meanwhile are buffered for RESUME.</summary>
    public Task DropSocketAsync() => Target().AbortAsync();

    /// <summary>Sends op 7 Reconnect; the client should close and RESUME on <see cref="ResumeGatewayUrl"/>.</summary>
    public Task SendReconnectAsync() => Target().SendAsync(GatewayPayloads.Op(GatewayOpcodes.Reconnect, null));

    /// <summary>Sends op 9 Invalid Session. With <paramref name="resumable"/> false the session is discarded first.
    /// Either way the socket becomes unauthenticated, so it accepts IDENTIFY or RESUME again.</summary>
    public Task SendInvalidSessionAsync(bool resumable)
    {
        var connection = Target();
        if (resumable)
        {
            _context.Gateway.DetachSession(connection);
        }
        else
        {
            _context.Gateway.InvalidateSessionOf(connection);
        }

        return connection.SendAsync(GatewayPayloads.Op(GatewayOpcodes.InvalidSession, resumable));
    }

    /// <summary>An op 9 storm: the next <paramref name="count"/> IDENTIFYs are answered with op 9 d=false, as when the gateway
    /// "could not initialize a session". Each still counts against the session start limit.</summary>
    public void FailNextIdentifies(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        _context.IdentifyBudget.FailNext(count);
    }

    /// <summary>The next <paramref name="count"/> gateway connections open but never get HELLO, as a stalled node's would.</summary>
    public void SilenceNextConnections(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        _context.Gateway.SilenceNextConnections(count);
    }

    /// <summary>While on, connections to <see cref="ResumeGatewayUrl"/> are refused (HTTP 503, no upgrade), as when the
    /// regional node named in READY is drained; the main gateway URL still works.</summary>
    public void RefuseResumeConnections(bool on) => _context.Gateway.RefuseResumeHost = on;

    /// <summary>Sends op 1: asks the client for an immediate heartbeat.</summary>
    public Task RequestHeartbeatAsync() => Target().SendAsync(GatewayPayloads.Op(GatewayOpcodes.Heartbeat, null));

    /// <summary>Zombie connection: while on, heartbeats are recorded but op 11 is not sent.</summary>
    public void WithholdHeartbeatAcks(bool on) => _context.Gateway.WithholdAcks = on;

    /// <summary>Closes the current gateway socket with <paramref name="code"/>. Codes that end a session on Discord
    /// (4003, 4004, 4007, 4009, 4010–4014) invalidate it, so a later RESUME gets op 9 false.</summary>
    public Task CloseGatewayAsync(int code, string reason = "")
    {
        var connection = Target();
        if (GatewayCloseCodes.EndsSession(code))
        {
            _context.Gateway.InvalidateSessionOf(connection);
        }

        return connection.CloseAsync(code, reason);
    }

    /// <summary>Answers the next <paramref name="times"/> requests on <paramref name="routeKey"/> with <paramref name="fault"/>.</summary>
    /// <param name="routeKey">E.g. <c>"POST /channels/{channel_id}/messages"</c>; see <see cref="RouteKeys"/>.</param>
    public void FailNextRest(string routeKey, RestFault fault, int times = 1)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(times);
        if (!_rest.Routes.Contains(routeKey))
        {
            throw new ArgumentException($"Unknown route key '{routeKey}'. Known: {string.Join(", ", RouteKeys)}", nameof(routeKey));
        }

        _context.Faults.Add(routeKey, fault, times);
    }

    /// <summary>From now on REST requests and gateway heartbeats also meet the faults of <paramref name="schedule"/>
    /// (null: none), after queued ones.</summary>
    public void UseFaultSchedule(DiscordFaultSchedule? schedule)
    {
        _context.FaultSchedule = schedule;
        _context.Gateway.FaultSchedule = schedule;
    }

    /// <summary>Route keys served by the emulator.</summary>
    public IReadOnlyList<string> RouteKeys => [.. _rest.Routes.Routes.Select(r => r.Key)];

    /// <summary>From now on every DM to <paramref name="userId"/> fails with <paramref name="fault"/>
    /// (default <see cref="RestFault.CannotDmUser"/>); pass null to make the user reachable again.</summary>
    public void SetUserUnreachable(string userId, RestFault? fault = null, bool unreachable = true) =>
        _context.Channels.SetUnreachable(userId, unreachable ? fault ?? RestFault.CannotDmUser() : null);

    /// <summary>
    /// Cloudflare bans this client's IP for <paramref name="duration"/> (emulator time), as after 10,000 invalid requests
    /// in 10 minutes: every REST request, on every route including interaction callbacks, gets a header-less 429 page.
    /// </summary>
    public void BanAddress(TimeSpan duration) => _context.BannedUntil = _context.Now + duration;

    /// <summary>Revokes the token: REST answers 401 <c>{"code":0,"message":"401: Unauthorized"}</c>, IDENTIFY/RESUME close 4004.</summary>
    public void RejectToken() => _context.Identity.Rejected = true;

    private GatewayConnection Target() =>
        _context.Gateway.Target() ?? throw new InvalidOperationException("No open gateway connection.");
}
