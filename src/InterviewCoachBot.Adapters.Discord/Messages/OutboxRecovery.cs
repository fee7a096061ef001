using System.Globalization;
using InterviewCoachBot.Engine.Ports;
using Microsoft.Extensions.Logging;

namespace InterviewCoachBot.Adapters.Discord.Messages;

/// <summary>
/// At start: replies committed by the engine but never shown (a crash between the commit and the answer).
/// </summary>
/// <remarks>
/// On Discord every engine reply answers an interaction, and the interaction's token lives only in memory. So a leftover
/// in the DM with the bot is posted there as a normal message (with the outbox id as <c>nonce</c>, so it is never posted
/// twice); a leftover for a guild or private channel is dropped with a log line, because posting it in the channel would
/// show an ephemeral answer to everyone (and the bot may not even be a member there).
/// </remarks>
internal sealed class OutboxRecovery(
    IDeliveryLog deliveries,
    ChannelSender sender,
    DirectChannels channels,
    TimeProvider time,
    ILogger<OutboxRecovery> logger)
{
    public async Task ResendAsync(CancellationToken cancellationToken)
    {
        foreach (var delivery in await deliveries.ListUndeliveredAsync(DiscordPlatform.Name, cancellationToken))
        {
            if (await channels.OwnerOfAsync(delivery.ChatId, cancellationToken) is not { } owner)
            {
                logger.LeftoverDropped(delivery.OutboxId);
                await deliveries.MarkDeliveredAsync(delivery.OutboxId, time.GetUtcNow(), cancellationToken);
                continue;
            }

            var nonce = "ob" + delivery.OutboxId.ToString(CultureInfo.InvariantCulture);
            switch (await sender.SendToChannelAsync(delivery.ChatId, delivery.Reply, owner, nonce, cancellationToken))
            {
                case SendResult.Sent:
                    logger.LeftoverSent(delivery.OutboxId);
                    // Posted: record it even if a stop came meanwhile, or the next start would post it again.
                    await deliveries.MarkDeliveredAsync(delivery.OutboxId, time.GetUtcNow(), CancellationToken.None);
                    break;
                case SendResult.Unreachable unreachable:
                    logger.LeftoverUnreachable(delivery.OutboxId, unreachable.Reason);
                    await deliveries.MarkDeliveredAsync(delivery.OutboxId, time.GetUtcNow(), cancellationToken);
                    break;
                case SendResult.Failed failed:
                    logger.LeftoverFailed(delivery.OutboxId, failed.Reason);
                    break;
                default:
                    break;
            }
        }
    }
}
