using InterviewCoachBot.Adapters.Discord.Messages;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Ports;

namespace InterviewCoachBot.Adapters.Discord;

/// <summary>
/// Sends what is not an immediate interaction answer: scheduled nudges (to the user's DM) and leftovers. 50007/50278 →
/// <see cref="SendResult.Unreachable"/>; rate limits and server errors are retried by the REST client, then
/// <see cref="SendResult.Failed"/>.
/// </summary>
internal sealed class DiscordMessenger(ChannelSender sender, DirectChannels channels) : IMessenger
{
    public string Platform => DiscordPlatform.Name;

    /// <summary>Buttons are kept only in a DM with the bot, where the user to check presses against is known.</summary>
    public async Task<SendResult> SendAsync(string chatId, Reply reply, CancellationToken cancellationToken = default) =>
        await sender.SendToChannelAsync(chatId, reply, await channels.OwnerOfAsync(chatId, cancellationToken), nonce: reply?.IdempotencyKey, cancellationToken);

    public Task<SendResult> SendDirectAsync(string externalUserId, Reply reply, CancellationToken cancellationToken = default) =>
        sender.SendDirectAsync(externalUserId, reply, nonce: reply?.IdempotencyKey, cancellationToken);
}
