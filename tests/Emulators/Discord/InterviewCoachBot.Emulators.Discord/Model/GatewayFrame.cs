using System.Text.Json;

namespace InterviewCoachBot.Emulators.Discord;

/// <summary>One payload a client sent on the gateway.</summary>
/// <param name="ConnectionId">1-based connection number.</param>
/// <param name="Path">Request path of the connection, e.g. <c>/gateway</c> or <c>/gateway-resume</c>.</param>
/// <param name="Op">The payload's <c>op</c>, or -1 when it could not be read.</param>
public sealed record GatewayFrame(int ConnectionId, string Path, int Op, JsonElement? Payload, DateTimeOffset Time);
