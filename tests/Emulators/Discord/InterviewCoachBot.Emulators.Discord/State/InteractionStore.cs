using System.Text.Json;
using InterviewCoachBot.Emulators.Discord.Infrastructure;

namespace InterviewCoachBot.Emulators.Discord.State;

/// <summary>Interactions sent to the bot and everything it answered to them.</summary>
internal sealed class InteractionStore(MessageStore messages, StateSignal signal, DiscordEmulatorOptions options)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, InteractionRecord> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InteractionRecord> _byToken = new(StringComparer.Ordinal);

    public void Add(InteractionRecord record)
    {
        lock (_lock)
        {
            _byId[record.Id] = record;
            _byToken[record.Token] = record;
        }
    }

    /// <summary>Records the first callback and runs <paramref name="apply"/> (creating the response message) under the same
    /// lock, so waiters never see a callback without its message.</summary>
    public AckOutcome Acknowledge(
        string id, string token, int callbackType, JsonElement body, Func<InteractionRecord, string?> apply, out InteractionRecord? record)
    {
        var now = options.TimeProvider.GetUtcNow();
        lock (_lock)
        {
            if (!_byId.TryGetValue(id, out record) || record.Token != token)
            {
                record = null;
                return AckOutcome.Unknown;
            }

            if (record.CallbackType is not null)
            {
                return AckOutcome.AlreadyAcknowledged;
            }

            if (now - record.CreatedAt > options.InteractionAckWindow)
            {
                return AckOutcome.Expired;
            }

            if (!AllowedCallbacks(record.Type).Contains(callbackType))
            {
                return AckOutcome.InvalidType;
            }

            record.CallbackType = callbackType;
            record.CallbackBody = body;
            record.AcknowledgedAt = now;
            record.OriginalMessageId = apply(record);
        }

        signal.Pulse();
        return AckOutcome.Accepted;
    }

    /// <summary>The interaction owning a webhook token, if the token is still valid.</summary>
    public InteractionRecord? ByToken(string token, out bool expired)
    {
        lock (_lock)
        {
            expired = false;
            if (!_byToken.TryGetValue(token, out var record))
            {
                return null;
            }

            expired = options.TimeProvider.GetUtcNow() - record.CreatedAt > options.InteractionTokenLifetime;
            return record;
        }
    }

    public void Update(Action action)
    {
        lock (_lock)
        {
            action();
        }

        signal.Pulse();
    }

    public InteractionResponse? Snapshot(string id)
    {
        lock (_lock)
        {
            if (!_byId.TryGetValue(id, out var r) || r.CallbackType is null)
            {
                return null;
            }

            return new InteractionResponse(
                r.CallbackType.Value,
                r.CallbackBody!.Value,
                r.OriginalMessageId is null ? null : messages.Get(r.OriginalMessageId),
                [.. r.OriginalEdits],
                [.. r.FollowUpIds.Select(messages.Get).OfType<SentMessage>()],
                r.AcknowledgedAt!.Value - r.CreatedAt);
        }
    }

    public Task<InteractionResponse> WaitForResponseAsync(string id, Func<InteractionResponse, bool> until, TimeSpan timeout) =>
        signal.WaitAsync(() => Snapshot(id) is { } response && until(response) ? response : null, timeout, $"a response to interaction {id}");

    private static int[] AllowedCallbacks(int interactionType) => interactionType switch
    {
        2 => [4, 5, 9],
        3 => [4, 5, 6, 7, 9],
        4 => [8],
        5 => [4, 5, 6, 7],
        _ => [1],
    };
}
