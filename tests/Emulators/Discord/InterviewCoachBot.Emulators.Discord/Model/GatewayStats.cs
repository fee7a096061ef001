namespace InterviewCoachBot.Emulators.Discord;

/// <summary>A snapshot of gateway counters.</summary>
/// <param name="Connections">WebSocket connections accepted (any path).</param>
/// <param name="ResumeUrlConnections">Connections made to the READY <c>resume_gateway_url</c> path.</param>
/// <param name="Identifies">op 2 IDENTIFY payloads received (accepted or not).</param>
/// <param name="Resumes">op 6 RESUME payloads received.</param>
/// <param name="SuccessfulResumes">RESUMEs answered with replay + RESUMED.</param>
/// <param name="Heartbeats">op 1 heartbeats received from clients.</param>
/// <param name="HeartbeatAcks">op 11 sent.</param>
/// <param name="Sessions">Sessions created by successful IDENTIFYs.</param>
/// <param name="LastSequence">Last <c>s</c> assigned in the current session (0 if none).</param>
/// <param name="LastClientSequence">Last sequence the client reported in a heartbeat or RESUME (null if none or null).</param>
/// <param name="CurrentSessionId">The most recently identified session, or null.</param>
/// <param name="OpenConnections">Connections currently open.</param>
/// <param name="ClientCloseCodes">Close codes sent by clients, in order (null entry = dropped without a close frame).</param>
public sealed record GatewayStats(
    int Connections,
    int ResumeUrlConnections,
    int Identifies,
    int Resumes,
    int SuccessfulResumes,
    int Heartbeats,
    int HeartbeatAcks,
    int Sessions,
    int LastSequence,
    int? LastClientSequence,
    string? CurrentSessionId,
    int OpenConnections,
    IReadOnlyList<int?> ClientCloseCodes);
