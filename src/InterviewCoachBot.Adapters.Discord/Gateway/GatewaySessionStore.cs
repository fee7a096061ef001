using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewCoachBot.Engine.Ports;
using Microsoft.Extensions.Logging;

namespace InterviewCoachBot.Adapters.Discord.Gateway;

/// <summary>
/// Keeps the gateway session in <see cref="IPlatformStateStore"/> so a quick restart RESUMEs instead of spending an IDENTIFY.
/// </summary>
/// <remarks>
/// Writes are behind and coalesced (the latest session wins): the sequence only has to be a lower bound, since Discord
/// replays everything after it and replays are deduplicated by interaction id.
/// </remarks>
internal sealed class GatewaySessionStore(IPlatformStateStore state, TimeProvider time, ILogger<GatewaySessionStore> logger)
{
    public const string Key = "gateway.session";

    /// <summary>Older sessions have surely timed out on Discord's side; IDENTIFY at once instead of being refused.</summary>
    public static readonly TimeSpan ResumeWindow = TimeSpan.FromMinutes(10);

    private readonly Lock gate = new();
    private GatewaySession? latest;
    private bool dirty;
    private bool writing;
    private Task writer = Task.CompletedTask;

    public async Task<GatewaySession?> LoadAsync(CancellationToken cancellationToken)
    {
        var json = await state.GetAsync(DiscordPlatform.Name, Key, cancellationToken);
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            var node = JsonNode.Parse(json)!;
            var savedAt = node["saved_at"]!.GetValue<DateTimeOffset>();
            if (time.GetUtcNow() - savedAt > ResumeWindow)
            {
                return null;
            }

            return new GatewaySession(
                node["session_id"]!.GetValue<string>(),
                new Uri(node["resume_gateway_url"]!.GetValue<string>()),
                node["seq"]?.GetValue<int>());
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NullReferenceException or UriFormatException or FormatException)
        {
            logger.StoredSessionUnreadable(ex);
            return null;
        }
    }

    /// <summary>Schedules a write of <paramref name="session"/> (null: there is none to resume).</summary>
    public void Remember(GatewaySession? session)
    {
        lock (gate)
        {
            latest = session;
            dirty = true;
            if (!writing)
            {
                writing = true;
                writer = Task.Run(WriteLoopAsync);
            }
        }
    }

    /// <summary>Waits until the latest remembered session is written.</summary>
    public Task FlushAsync()
    {
        lock (gate)
        {
            return writer;
        }
    }

    private async Task WriteLoopAsync()
    {
        while (true)
        {
            GatewaySession? session;
            lock (gate)
            {
                if (!dirty)
                {
                    writing = false;
                    return;
                }

                dirty = false;
                session = latest;
            }

            try
            {
                await state.SetAsync(DiscordPlatform.Name, Key, Serialize(session), time.GetUtcNow(), CancellationToken.None);
            }
            catch (Exception ex)
            {
                logger.SessionSaveFailed(ex);
            }
        }
    }

    private string Serialize(GatewaySession? session) => session is null
        ? string.Empty
        : new JsonObject
        {
            ["session_id"] = session.SessionId,
            ["resume_gateway_url"] = session.ResumeUrl.ToString(),
            ["seq"] = session.Sequence,
            ["saved_at"] = time.GetUtcNow(),
        }.ToJsonString();
}
