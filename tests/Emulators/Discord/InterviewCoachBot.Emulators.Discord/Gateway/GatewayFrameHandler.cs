using System.Text.Json;

namespace InterviewCoachBot.Emulators.Discord.Gateway;

/// <summary>Applies Discord's rules to one client payload: opcodes, auth order, IDENTIFY/RESUME, heartbeats.</summary>
internal sealed class GatewayFrameHandler(GatewayHub hub, GatewayIdentity identity, IdentifyBudget budget)
{
    public async Task HandleAsync(GatewayConnection connection, ReadOnlyMemory<byte> frame)
    {
        JsonElement payload;
        try
        {
            using var document = JsonDocument.Parse(frame);
            payload = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            hub.RecordFrame(connection, -1, null);
            await connection.CloseAsync(GatewayCloseCodes.DecodeError, "Error while decoding payload.").ConfigureAwait(false);
            return;
        }

        var op = payload.ValueKind == JsonValueKind.Object && payload.TryGetProperty("op", out var o)
            && o.ValueKind == JsonValueKind.Number && o.TryGetInt32(out var value) ? value : -1;
        hub.RecordFrame(connection, op, payload);
        if (!GatewayOpcodes.IsClientOpcode(op))
        {
            await connection.CloseAsync(GatewayCloseCodes.UnknownOpcode, "Unknown opcode.").ConfigureAwait(false);
            return;
        }

        var data = payload.TryGetProperty("d", out var d) ? d : default;
        switch (op)
        {
            case GatewayOpcodes.Heartbeat:
                await hub.AckHeartbeatAsync(connection).ConfigureAwait(false);
                break;
            case GatewayOpcodes.Identify:
                await IdentifyAsync(connection, data).ConfigureAwait(false);
                break;
            case GatewayOpcodes.Resume:
                await ResumeAsync(connection, data).ConfigureAwait(false);
                break;
            default:
                if (connection.Session is null)
                {
                    await connection.CloseAsync(GatewayCloseCodes.NotAuthenticated, "Not authenticated.").ConfigureAwait(false);
                }

                break;
        }
    }

    private async Task IdentifyAsync(GatewayConnection connection, JsonElement data)
    {
        if (connection.Session is not null)
        {
            await connection.CloseAsync(GatewayCloseCodes.AlreadyAuthenticated, "Already authenticated.").ConfigureAwait(false);
            return;
        }

        if (data.ValueKind != JsonValueKind.Object
            || !data.TryGetProperty("token", out var token) || token.ValueKind != JsonValueKind.String
            || !data.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
        {
            await connection.CloseAsync(GatewayCloseCodes.DecodeError, "Error while decoding payload.").ConfigureAwait(false);
            return;
        }

        if (!identity.IsValidToken(token.GetString()!))
        {
            await connection.CloseAsync(GatewayCloseCodes.AuthenticationFailed, "Authentication failed.").ConfigureAwait(false);
            return;
        }

        if (!data.TryGetProperty("intents", out var intents) || intents.ValueKind != JsonValueKind.Number
            || !intents.TryGetInt64(out var bits) || bits < 0)
        {
            await connection.CloseAsync(GatewayCloseCodes.InvalidIntents, "Invalid intent(s).").ConfigureAwait(false);
            return;
        }

        var shard = data.TryGetProperty("shard", out var s) && s.ValueKind != JsonValueKind.Null ? s : (JsonElement?)null;
        if (shard is { } sh && (sh.ValueKind != JsonValueKind.Array || sh.GetArrayLength() != 2
            || sh[0].ValueKind != JsonValueKind.Number || sh[1].ValueKind != JsonValueKind.Number
            || sh[0].GetInt32() != 0 || sh[1].GetInt32() != 1))
        {
            await connection.CloseAsync(GatewayCloseCodes.InvalidShard, "Invalid shard.").ConfigureAwait(false);
            return;
        }

        switch (budget.Admit())
        {
            case IdentifyVerdict.TokenReset:
                // gateway.mdx: past the limit "all active sessions ... will be terminated, the bot token will be reset".
                identity.Rejected = true;
                await connection.CloseAsync(GatewayCloseCodes.AuthenticationFailed, "Authentication failed.").ConfigureAwait(false);
                return;
            case IdentifyVerdict.InvalidSession:
                await connection.SendAsync(GatewayPayloads.Op(GatewayOpcodes.InvalidSession, false)).ConfigureAwait(false);
                return;
            default:
                break;
        }

        hub.StartSession(connection, identity.ResumeUrl, identity.ApplicationId, shard is { } v ? System.Text.Json.Nodes.JsonNode.Parse(v.GetRawText()) : null);
    }

    private async Task ResumeAsync(GatewayConnection connection, JsonElement data)
    {
        if (connection.Session is not null)
        {
            await connection.CloseAsync(GatewayCloseCodes.AlreadyAuthenticated, "Already authenticated.").ConfigureAwait(false);
            return;
        }

        if (data.ValueKind != JsonValueKind.Object
            || !data.TryGetProperty("token", out var token) || token.ValueKind != JsonValueKind.String
            || !data.TryGetProperty("session_id", out var sessionId) || sessionId.ValueKind != JsonValueKind.String
            || !data.TryGetProperty("seq", out var seq) || seq.ValueKind is not (JsonValueKind.Number or JsonValueKind.Null))
        {
            await connection.CloseAsync(GatewayCloseCodes.DecodeError, "Error while decoding payload.").ConfigureAwait(false);
            return;
        }

        if (!identity.IsValidToken(token.GetString()!))
        {
            await connection.CloseAsync(GatewayCloseCodes.AuthenticationFailed, "Authentication failed.").ConfigureAwait(false);
            return;
        }

        var last = seq.ValueKind == JsonValueKind.Number ? seq.GetInt32() : 0;
        switch (hub.Resume(connection, sessionId.GetString()!, last))
        {
            case ResumeOutcome.InvalidSession:
                await connection.SendAsync(GatewayPayloads.Op(GatewayOpcodes.InvalidSession, false)).ConfigureAwait(false);
                break;
            case ResumeOutcome.InvalidSequence:
                await connection.CloseAsync(GatewayCloseCodes.InvalidSeq, "Invalid seq.").ConfigureAwait(false);
                break;
            default:
                break;
        }
    }
}
