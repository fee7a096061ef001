using InterviewCoachBot.Emulators.Discord.State;

namespace InterviewCoachBot.Emulators.Discord;

/// <summary>An interaction the test sent; wait on it for the bot's answer.</summary>
public sealed class InteractionHandle
{
    private readonly InteractionStore _store;

    internal InteractionHandle(InteractionStore store, string id, string token, int type)
    {
        _store = store;
        Id = id;
        Token = token;
        Type = type;
    }

    /// <summary>Interaction snowflake.</summary>
    public string Id { get; }

    /// <summary>Interaction token (for callback and webhooks).</summary>
    public string Token { get; }

    /// <summary>Interaction type: 2 command, 3 component, 4 autocomplete, 5 modal submit.</summary>
    public int Type { get; }

    /// <summary>Waits for the first callback.</summary>
    public Task<InteractionResponse> WaitForResponseAsync(TimeSpan timeout) => WaitForResponseAsync(_ => true, timeout);

    /// <summary>Waits until a callback arrived and <paramref name="until"/> holds (e.g. a follow-up or @original edit after a defer).</summary>
    public Task<InteractionResponse> WaitForResponseAsync(Func<InteractionResponse, bool> until, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(until);
        return _store.WaitForResponseAsync(Id, until, timeout);
    }

    /// <summary>The answer so far, or null when no callback arrived yet.</summary>
    public InteractionResponse? CurrentResponse => _store.Snapshot(Id);
}
