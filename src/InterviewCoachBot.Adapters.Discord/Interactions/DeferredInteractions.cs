using System.Text.Json;
using InterviewCoachBot.Engine.Ports;

namespace InterviewCoachBot.Adapters.Discord.Interactions;

/// <summary>Answers a deferred interaction when its user's turn comes: the engine runs, the deferred response is filled in.</summary>
internal sealed class DeferredInteractions(InteractionResponder responder) : IDeferredInboundHandler
{
    public string Platform => DiscordPlatform.Name;

    public Task ApplyAsync(DeferredInbound deferred, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deferred);
        // The stored inbound keeps no name; the interaction's context does.
        var interaction = InteractionOf(deferred);
        return responder.CompleteAsync(interaction, deferred.Inbound with { DisplayName = interaction.DisplayName }, cancellationToken);
    }

    public Task SlowDownAsync(DeferredInbound first, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(first);
        return responder.SlowDownAsync(InteractionOf(first), cancellationToken);
    }

    private static Interaction InteractionOf(DeferredInbound deferred)
    {
        using var context = JsonDocument.Parse(deferred.Context);
        return Interaction.TryParse(context.RootElement.Clone())
            ?? throw new InvalidDataException("A deferred Discord interaction could not be read back.");
    }
}
