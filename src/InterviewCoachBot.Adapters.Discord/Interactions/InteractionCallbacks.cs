using System.Text.Json.Nodes;
using InterviewCoachBot.Adapters.Discord.Messages;
using InterviewCoachBot.Adapters.Discord.Rest;
using InterviewCoachBot.Engine.Messages;
using Microsoft.Extensions.Options;

namespace InterviewCoachBot.Adapters.Discord.Interactions;

/// <summary>
/// The interaction endpoints: the one callback, then <c>@original</c> edits and follow-ups for 15 minutes. A message with a
/// file goes to any of them as multipart/form-data. Each request carries the deadline Discord sets for it, counted from the
/// interaction's creation, so no retry waits past the point where the answer would be refused anyway.
/// </summary>
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

    /// <summary>Discord takes the callback within 3 s of creation, then edits and follow-ups for 15 minutes.</summary>
    public static readonly TimeSpan CallbackWindow = TimeSpan.FromSeconds(3);
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(15);

    public Task<DiscordResponse> CallbackAsync(Interaction interaction, int type, JsonObject? data, CancellationToken cancellationToken) =>
        CallbackAsync(interaction, type, data, file: null, cancellationToken);

    /// <param name="file">A file for a message callback (types 4 and 7), uploaded as <c>files[0]</c>.</param>
    public Task<DiscordResponse> CallbackAsync(Interaction interaction, int type, JsonObject? data, ReplyDocument? file, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["type"] = type };
        if (data is not null)
        {
            body["data"] = data;
        }

        return rest.SendAsync(DiscordRoute.Callback(interaction.Id, interaction.Token), body, file, cancellationToken, interaction.CreatedAt + CallbackWindow);
    }

    public Task<DiscordResponse> EditOriginalAsync(Interaction interaction, OutgoingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        message.Body.Remove("flags");
        return rest.SendAsync(DiscordRoute.EditOriginal(options.Value.ApplicationId, interaction.Token), message.Body, message.File, cancellationToken, interaction.CreatedAt + TokenLifetime);
    }

    public Task<DiscordResponse> FollowUpAsync(Interaction interaction, OutgoingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return rest.SendAsync(
            DiscordRoute.FollowUp(options.Value.ApplicationId, interaction.Token), message.Body, message.File, cancellationToken, interaction.CreatedAt + TokenLifetime);
    }
}
