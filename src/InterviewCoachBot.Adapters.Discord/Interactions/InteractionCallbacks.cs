using System.Text.Json.Nodes;
using InterviewCoachBot.Adapters.Discord.Rest;
using Microsoft.Extensions.Options;

namespace InterviewCoachBot.Adapters.Discord.Interactions;

/// <summary>The interaction endpoints: the one callback, then <c>@original</c> edits and follow-ups for 15 minutes.</summary>
internal sealed class InteractionCallbacks(DiscordRestClient rest, IOptions<DiscordOptions> options)
{
    /// <summary>Interaction callback types (Discord docs, "Interaction Callback Type").</summary>
    public const int Message = 4;
    public const int DeferredMessage = 5;
    public const int DeferredUpdate = 6;
    public const int UpdateMessage = 7;
    public const int AutocompleteResult = 8;
    public const int Modal = 9;

    /// <summary>"Interaction has already been acknowledged": a replayed event whose first delivery was answered.</summary>
    public const int AlreadyAcknowledged = 40060;

    public Task<DiscordResponse> CallbackAsync(Interaction interaction, int type, JsonObject? data, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["type"] = type };
        if (data is not null)
        {
            body["data"] = data;
        }

        return rest.SendAsync(DiscordRoute.Callback(interaction.Id, interaction.Token), body, cancellationToken);
    }

    public Task<DiscordResponse> EditOriginalAsync(Interaction interaction, JsonObject message, CancellationToken cancellationToken)
    {
        message.Remove("flags");
        return rest.SendAsync(DiscordRoute.EditOriginal(options.Value.ApplicationId, interaction.Token), message, cancellationToken);
    }

    public Task<DiscordResponse> FollowUpAsync(Interaction interaction, JsonObject message, CancellationToken cancellationToken) =>
        rest.SendAsync(DiscordRoute.FollowUp(options.Value.ApplicationId, interaction.Token), message, cancellationToken);
}
