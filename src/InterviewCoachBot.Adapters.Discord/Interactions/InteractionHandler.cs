using System.Text.Json.Nodes;
using InterviewCoachBot.Adapters.Discord.Commands;
using InterviewCoachBot.Adapters.Discord.Messages;
using InterviewCoachBot.Engine;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Pacing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InterviewCoachBot.Adapters.Discord.Interactions;

/// <summary>Turns each kind of interaction into the engine's terms, or answers it directly when no engine work is needed.</summary>
internal sealed class InteractionHandler(
    InboundPacer pacer,
    ConversationEngine engine,
    InteractionResponder responder,
    InteractionCallbacks callbacks,
    CustomIds customIds,
    InterviewLookup lookup,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<InteractionHandler> logger)
{
    public const string NotYours = "This button isn't yours. Run the command yourself to get your own.";
    private const string Stale = "That button isn't one I can use any more. Send /help to see what I can do.";

    public Task HandleAsync(Interaction interaction, long receivedAt, CancellationToken cancellationToken) => interaction.Type switch
    {
        Interaction.Command => ApplyAsync(
            interaction, receivedAt, new CommandInput(CommandOptions.Name(interaction.Data), CommandOptions.Arguments(interaction.Data)), cancellationToken),
        Interaction.Component => PressAsync(interaction, receivedAt, cancellationToken),
        Interaction.ModalSubmit => SubmitAsync(interaction, receivedAt, cancellationToken),
        Interaction.Autocomplete => AutocompleteAsync(interaction, cancellationToken),
        _ => Task.CompletedTask,
    };

    private async Task PressAsync(Interaction interaction, long receivedAt, CancellationToken cancellationToken)
    {
        var pressed = interaction.PressedId is { } id ? await customIds.DecodeAsync(id, cancellationToken) : null;
        if (pressed is null || (!pressed.IsAnswer && pressed.Data is null))
        {
            await NoticeAsync(interaction, Stale, cancellationToken);
        }
        else if (pressed.OwnerId != interaction.UserId)
        {
            logger.ForeignPress();
            await NoticeAsync(interaction, NotYours, cancellationToken);
        }
        else if (pressed.IsAnswer)
        {
            // A modal cannot follow a deferral, so it is built at once from the form the open wizard declared, without queueing.
            var form = await engine.OpenFormAsync(new UserRef(DiscordPlatform.Name, interaction.UserId), interaction.ChannelId, cancellationToken);
            var modal = form is null ? ModalForm.Create(interaction.UserId) : ModalForm.Create(interaction.UserId, form);
            await callbacks.CallbackAsync(interaction, InteractionCallbacks.Modal, modal, cancellationToken);
        }
        else
        {
            await ApplyAsync(interaction, receivedAt, new ButtonInput(pressed.Data!), cancellationToken);
        }
    }

    private async Task SubmitAsync(Interaction interaction, long receivedAt, CancellationToken cancellationToken)
    {
        var pressed = interaction.CustomId is { } id ? await customIds.DecodeAsync(id, cancellationToken) : null;
        if (pressed is not { IsAnswer: true } || pressed.OwnerId != interaction.UserId)
        {
            logger.ForeignPress();
            await NoticeAsync(interaction, NotYours, cancellationToken);
            return;
        }

        InboundContent content = pressed.IsForm
            ? new FormInput(ModalForm.SubmittedValues(interaction.Data))
            : new TextInput(ModalForm.SubmittedText(interaction.Data) ?? string.Empty);
        await ApplyAsync(interaction, receivedAt, content, cancellationToken);
    }

    /// <summary>
    /// Takes the interaction in through the per-user rate limit: applied now within it, otherwise stored, acknowledged
    /// at once and answered when its turn comes (<see cref="DeferredInteractions"/>).
    /// </summary>
    /// <remarks>
    /// Taking in may wait for the database; past <see cref="DiscordOptions.AckBudget"/> the interaction is acknowledged
    /// first, so Discord's 3-second window holds either way (a later second acknowledgement is refused harmlessly).
    /// </remarks>
    private async Task ApplyAsync(Interaction interaction, long receivedAt, InboundContent content, CancellationToken cancellationToken)
    {
        var inbound = InteractionResponder.ToInbound(interaction, content);
        var taking = pacer.TakeInAsync(inbound, interaction.ToContext(), busy: false, cancellationToken);
        var budget = options.Value.AckBudget - time.GetElapsedTime(receivedAt);
        var acknowledged = false;
        if (budget <= TimeSpan.Zero || await Task.WhenAny(taking, Task.Delay(budget, time, cancellationToken)) != taking)
        {
            await responder.DeferAsync(interaction, cancellationToken);
            acknowledged = true;
        }

        using var admission = await taking;
        if (!admission.IsDeferred)
        {
            await responder.RunAsync(interaction, receivedAt, content, cancellationToken);
        }
        else if (!acknowledged)
        {
            await responder.DeferAsync(interaction, cancellationToken);
        }
    }

    private async Task AutocompleteAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        var choices = new JsonArray();
        if (CommandOptions.Focused(interaction.Data) is { } focused)
        {
            if (focused.Name == SlashCommandDefinitions.InterviewOption)
            {
                var interviews = await lookup.ListAsync(new UserRef(DiscordPlatform.Name, interaction.UserId), cancellationToken);
                foreach (var interview in interviews.Where(i => Matches(i.Number, i.Company, i.Role, focused.Typed)).Take(TimeZoneSuggestions.MaxChoices))
                {
                    var name = $"#{interview.Number} {interview.Company}: {interview.Role}";
                    choices.Add(new JsonObject { ["name"] = DiscordMessageBuilder.Clip(name, 100), ["value"] = interview.Number });
                }
            }
            else if (SlashCommandDefinitions.AutocompletesDetails(CommandOptions.Name(interaction.Data)))
            {
                foreach (var zone in TimeZoneSuggestions.For(focused.Typed))
                {
                    choices.Add(new JsonObject { ["name"] = zone, ["value"] = zone });
                }
            }
        }

        await callbacks.CallbackAsync(interaction, InteractionCallbacks.AutocompleteResult, new JsonObject { ["choices"] = choices }, cancellationToken);
    }

    private static bool Matches(int number, string company, string role, string typed) =>
        typed.Length == 0
        || number.ToString(System.Globalization.CultureInfo.InvariantCulture).StartsWith(typed, StringComparison.Ordinal)
        || company.Contains(typed, StringComparison.OrdinalIgnoreCase)
        || role.Contains(typed, StringComparison.OrdinalIgnoreCase);

    private Task<Rest.DiscordResponse> NoticeAsync(Interaction interaction, string text, CancellationToken cancellationToken) =>
        callbacks.CallbackAsync(interaction, InteractionCallbacks.Message, DiscordMessageBuilder.Notice(text), cancellationToken);
}
