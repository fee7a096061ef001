namespace InterviewCoachBot.Adapters.Discord.Gateway;

/// <summary>
/// One gateway connection at a time, as whole text payloads. <see cref="WebSocketGatewayTransport"/> is the production
/// implementation; tests script the exchange with a fake.
/// </summary>
public interface IGatewayTransport
{
    /// <summary>Opens a new connection, replacing any previous one.</summary>
    Task ConnectAsync(Uri url, CancellationToken cancellationToken);

    Task SendAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken);

    /// <summary>The next whole payload, or the close of the connection (a lost connection is a close without a code).</summary>
    Task<GatewayReceiveResult> ReceiveAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Closes the connection. With <paramref name="reconnectionIntended"/> the close code keeps the session resumable;
    /// without it the client closes with 1000, which ends the session.
    /// </summary>
    Task DisconnectAsync(bool reconnectionIntended, CancellationToken cancellationToken);
}

/// <summary>A payload, or the end of the connection with its close code.</summary>
public sealed record GatewayReceiveResult(ReadOnlyMemory<byte> Payload, bool IsClose, int? CloseCode, string? CloseReason)
{
    public static GatewayReceiveResult Message(ReadOnlyMemory<byte> payload) => new(payload, false, null, null);

    public static GatewayReceiveResult Closed(int? code, string? reason = null) => new(ReadOnlyMemory<byte>.Empty, true, code, reason);
}
