using System.Text.Json.Nodes;
using InterviewCoachBot.Adapters.Discord.Messages;
using InterviewCoachBot.Adapters.Discord.Rest;
using InterviewCoachBot.Engine;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Pacing;
using InterviewCoachBot.Engine.Ports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InterviewCoachBot.Adapters.Discord.Interactions;

/// <summary>
/// Runs one interaction through the engine and answers it inside Discord's 3-second window.
/// </summary>
/// <remarks>
/// The engine starts at once. If it finishes within <see cref="DiscordOptions.AckBudget"/> (counted from receipt), the
/// first reply is the callback itself: type 4, type 7 when it replaces the pressed message, or type 9 (a modal) when the
/// only reply declares a form. Otherwise the adapter
/// defers (type 5 "thinking" for commands and modals, type 6 for button presses), then edits <c>@original</c> and posts
/// follow-ups. Further replies and pieces of long replies are follow-ups; where Discord allows only 5 of them (a
/// user-installed app used where it is not installed) the rest goes to the user's DM. Each outbox row is marked delivered once sent, even when the
/// application is stopping by then (the mark is a short local write; skipping it would show the answer twice).
/// </remarks>
internal sealed class InteractionResponder(
    ConversationEngine engine,
    InteractionCallbacks callbacks,
    DiscordMessageBuilder builder,
    DirectChannels channels,
    ChannelSender sender,
    IDeliveryLog deliveries,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<InteractionResponder> logger)
{
    private const string Apology = "Sorry, something went wrong on my side and your last message was not applied. Please try again.";

    public async Task RunAsync(Interaction interaction, long receivedAt, InboundContent content, CancellationToken cancellationToken)
    {
        await RememberChannelAsync(interaction, cancellationToken);

        var work = engine.HandleAsync(ToInbound(interaction, content), cancellationToken);
        var budget = options.Value.AckBudget - time.GetElapsedTime(receivedAt);
        var acknowledged = false;
        if (budget <= TimeSpan.Zero || await Task.WhenAny(work, Task.Delay(budget, time, cancellationToken)) != work)
        {
            var deferred = await DeferCallbackAsync(interaction, cancellationToken);
            var elapsed = time.GetElapsedTime(receivedAt);
            logger.Deferred(interaction.Type, elapsed);
            if (!deferred.IsSuccess && deferred.ErrorCode != InteractionCallbacks.AlreadyAcknowledged)
            {
                logger.AckFailed(deferred.Describe());
                await ObserveAsync(work);
                return;
            }

            acknowledged = true;
        }

        await AnswerAsync(interaction, work, acknowledged, receivedAt, cancellationToken);
    }

    public static Inbound ToInbound(Interaction interaction, InboundContent content) =>
        new(new UserRef(DiscordPlatform.Name, interaction.UserId), interaction.ChannelId, content, interaction.Id, DisplayName: interaction.DisplayName);

    /// <summary>Acknowledges at once an interaction whose work waits its turn (the user is over their rate limit).</summary>
    public async Task DeferAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        await RememberChannelAsync(interaction, cancellationToken);
        var deferred = await DeferCallbackAsync(interaction, cancellationToken);
        if (!deferred.IsSuccess && deferred.ErrorCode != InteractionCallbacks.AlreadyAcknowledged)
        {
            logger.AckFailed(deferred.Describe());
        }
    }

    /// <summary>Tells the user once per flood, in an ephemeral follow-up to a deferred interaction, that they are paced.</summary>
    public Task SlowDownAsync(Interaction interaction, CancellationToken cancellationToken) =>
        callbacks.FollowUpAsync(interaction, new OutgoingMessage(DiscordMessageBuilder.Notice(InboundPacer.SlowDown)), cancellationToken);

    /// <summary>Applies a deferred interaction when its turn comes and answers it through the deferred response.</summary>
    public async Task CompleteAsync(Interaction interaction, Inbound inbound, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        await AnswerAsync(interaction, engine.HandleAsync(inbound, cancellationToken), acknowledged: true, started, cancellationToken);
    }

    private async Task AnswerAsync(Interaction interaction, Task<IReadOnlyList<Delivery>> work, bool acknowledged, long receivedAt, CancellationToken cancellationToken)
    {
        var isPress = interaction.Type == Interaction.Component;
        IReadOnlyList<Delivery> replies;
        try
        {
            replies = await work;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.EngineFailed(ex);
            await SendAsync(interaction, new OutgoingMessage(DiscordMessageBuilder.Notice(Apology)), acknowledged, replaces: false, isFirst: true, cancellationToken);
            return;
        }

        if (replies.Count == 0)
        {
            logger.DuplicateInteraction();
            return;
        }

        if (!acknowledged && await OpenFormAsync(interaction, replies, cancellationToken))
        {
            var formAfter = time.GetElapsedTime(receivedAt);
            logger.Answered(interaction.Type, replies.Count, formAfter);
            return;
        }

        var followUps = 0;
        for (var i = 0; i < replies.Count; i++)
        {
            var reply = replies[i].Reply;
            var replaces = isPress && i == 0 && reply.ReplacesPressedMessage;
            var messages = await builder.BuildAsync(reply, new MessageOptions(interaction.UserId, interaction.Ephemeral && !replaces), cancellationToken);
            for (var piece = 0; piece < messages.Count; piece++)
            {
                var first = i == 0 && piece == 0;
                var followUp = IsFollowUp(interaction, acknowledged, replaces && piece == 0, first);
                if (followUp && interaction.UserInstallOnly && followUps == Interaction.UserInstallFollowUps)
                {
                    await SendRestToDmAsync(interaction, replies, i, piece);
                    return;
                }

                // Not cut off by a stop: Discord may show a request it received even when we stop reading its answer,
                // and an unrecorded answer would be posted again at the next start. The host's shutdown timeout bounds it.
                if (!await SendAsync(interaction, messages[piece], acknowledged, replaces && piece == 0, first, CancellationToken.None))
                {
                    return;
                }

                followUps += followUp ? 1 : 0;
                acknowledged = true;
            }

            // Discord has shown it: record that even when a stop came meanwhile, or the next start would post it again.
            await deliveries.MarkDeliveredAsync(replies[i].OutboxId, time.GetUtcNow(), CancellationToken.None);
        }

        var answeredAfter = time.GetElapsedTime(receivedAt);
        logger.Answered(interaction.Type, replies.Count, answeredAfter);
    }

    /// <summary>
    /// A lone reply that declares a form is answered with the modal itself (type 9), which only an interaction not yet
    /// acknowledged can get, and never a modal submit. False when that does not apply or Discord refused it: the reply is
    /// then sent as a message, whose "Answer" button opens the same form.
    /// </summary>
    private async Task<bool> OpenFormAsync(Interaction interaction, IReadOnlyList<Delivery> replies, CancellationToken cancellationToken)
    {
        if (replies is not [{ Reply.Form: { } form } only] || interaction.Type == Interaction.ModalSubmit)
        {
            return false;
        }

        var response = await callbacks.CallbackAsync(interaction, InteractionCallbacks.Modal, ModalForm.Create(interaction.UserId, form), cancellationToken);
        if (!response.IsSuccess)
        {
            logger.AnswerFailed(response.Describe());
            return false;
        }

        await deliveries.MarkDeliveredAsync(only.OutboxId, time.GetUtcNow(), CancellationToken.None);
        return true;
    }

    /// <summary>
    /// Discord refuses a 6th follow-up here (40094), so the replies from <paramref name="fromReply"/> on (that one from
    /// <paramref name="fromPiece"/>) go to the user's DM; one that cannot be sent stays in the outbox for the next start.
    /// </summary>
    private async Task SendRestToDmAsync(Interaction interaction, IReadOnlyList<Delivery> replies, int fromReply, int fromPiece)
    {
        logger.FollowUpsToDm(replies.Count - fromReply);
        for (var i = fromReply; i < replies.Count; i++)
        {
            var result = await sender.SendDirectAsync(interaction.UserId, replies[i].Reply, nonce: null, CancellationToken.None, i == fromReply ? fromPiece : 0);
            if (result is not SendResult.Sent)
            {
                logger.AnswerFailed(result.ToString());
                return;
            }

            await deliveries.MarkDeliveredAsync(replies[i].OutboxId, time.GetUtcNow(), CancellationToken.None);
        }
    }

    /// <summary>Whether a message in this position is a follow-up (see <see cref="SendAsync"/>).</summary>
    private static bool IsFollowUp(Interaction interaction, bool acknowledged, bool replaces, bool isFirst) =>
        !isFirst || (acknowledged && !replaces && interaction.Type == Interaction.Component);

    /// <summary>Sends one message body in the right way for its position; false when Discord refused it.</summary>
    private async Task<bool> SendAsync(Interaction interaction, OutgoingMessage message, bool acknowledged, bool replaces, bool isFirst, CancellationToken cancellationToken)
    {
        DiscordResponse response;
        if (isFirst && !acknowledged)
        {
            if (replaces)
            {
                message.Body.Remove("flags");
            }

            var type = replaces ? InteractionCallbacks.UpdateMessage : InteractionCallbacks.Message;
            response = await callbacks.CallbackAsync(interaction, type, message.Body, message.File, cancellationToken);
            if (response.ErrorCode == InteractionCallbacks.AlreadyAcknowledged)
            {
                response = await callbacks.EditOriginalAsync(interaction, message, cancellationToken);
            }
        }
        else if (isFirst && (replaces || interaction.Type != Interaction.Component))
        {
            // After type 5 the @original is the "thinking" message; after type 6 it is the pressed message.
            response = await callbacks.EditOriginalAsync(interaction, message, cancellationToken);
        }
        else
        {
            response = await callbacks.FollowUpAsync(interaction, message, cancellationToken);
        }

        if (!response.IsSuccess)
        {
            logger.AnswerFailed(response.Describe());
        }

        return response.IsSuccess;
    }

    private async Task RememberChannelAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        if (interaction.Context == Interaction.BotDmContext)
        {
            await channels.RememberAsync(interaction.UserId, interaction.ChannelId, cancellationToken);
        }
    }

    /// <summary>"Thinking…" (type 5) for commands and modals; a silent type 6 for button presses.</summary>
    private Task<DiscordResponse> DeferCallbackAsync(Interaction interaction, CancellationToken cancellationToken) =>
        interaction.Type == Interaction.Component
            ? callbacks.CallbackAsync(interaction, InteractionCallbacks.DeferredUpdate, null, cancellationToken)
            : callbacks.CallbackAsync(interaction, InteractionCallbacks.DeferredMessage, DeferData(interaction), cancellationToken);

    private static JsonObject? DeferData(Interaction interaction) =>
        interaction.Ephemeral ? new() { ["flags"] = DiscordMessageBuilder.EphemeralFlag } : null;

    private async Task ObserveAsync(Task work)
    {
        try
        {
            await work;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.EngineFailed(ex);
        }
    }
}
