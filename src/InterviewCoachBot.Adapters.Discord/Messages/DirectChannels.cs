using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using InterviewCoachBot.Adapters.Discord.Rest;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Ports;

namespace InterviewCoachBot.Adapters.Discord.Messages;

/// <summary>
/// DM channels between the bot and each user, both ways, cached in memory and in <see cref="IPlatformStateStore"/>: opened
/// with <c>POST /users/@me/channels</c> once (paced by <see cref="DmOpenPacer"/>), or learnt from an interaction in the DM.
/// </summary>
internal sealed class DirectChannels(DiscordRestClient rest, IPlatformStateStore state, DmOpenPacer pacer, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, string> channelByUser = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> userByChannel = new(StringComparer.Ordinal);

    /// <summary>Remembers that <paramref name="channelId"/> is the DM between the bot and <paramref name="userId"/>.</summary>
    public async Task RememberAsync(string userId, string channelId, CancellationToken cancellationToken)
    {
        if (channelByUser.TryGetValue(userId, out var known) && known == channelId)
        {
            return;
        }

        // Both rows are the user's: "forget" deletes them with the rest of their data.
        var now = time.GetUtcNow();
        var owner = new UserRef(DiscordPlatform.Name, userId);
        await state.SetOwnedAsync(owner, UserKey(userId), channelId, now, cancellationToken);
        await state.SetOwnedAsync(owner, ChannelKey(channelId), userId, now, cancellationToken);
        channelByUser[userId] = channelId;
        userByChannel[channelId] = userId;
    }

    /// <summary>The user whose DM with the bot this channel is, or null for any other channel.</summary>
    public async Task<string?> OwnerOfAsync(string channelId, CancellationToken cancellationToken)
    {
        if (userByChannel.TryGetValue(channelId, out var user))
        {
            return user;
        }

        user = await state.GetAsync(DiscordPlatform.Name, ChannelKey(channelId), cancellationToken);
        if (!string.IsNullOrEmpty(user))
        {
            userByChannel[channelId] = user;
            return user;
        }

        return null;
    }

    /// <summary>The DM channel with the user, opening it when not known; why not otherwise.</summary>
    public async Task<(string? ChannelId, SendResult? Failure)> OpenAsync(string userId, CancellationToken cancellationToken)
    {
        if (channelByUser.TryGetValue(userId, out var channel))
        {
            return (channel, null);
        }

        channel = await state.GetAsync(DiscordPlatform.Name, UserKey(userId), cancellationToken);
        if (!string.IsNullOrEmpty(channel))
        {
            channelByUser[userId] = channel;
            return (channel, null);
        }

        using (await pacer.EnterAsync(cancellationToken))
        {
            // Another send may have opened it while this one waited its turn.
            if (channelByUser.TryGetValue(userId, out channel))
            {
                return (channel, null);
            }

            if (pacer.Paused is { } paused)
            {
                return (null, new SendResult.Failed($"new DMs paused after Discord code {DmOpenPacer.TooFast}", paused));
            }

            await pacer.PaceAsync(cancellationToken);
            var response = await rest.SendAsync(DiscordRoute.OpenDm(), new JsonObject { ["recipient_id"] = userId }, cancellationToken);
            if (response.ErrorCode == DmOpenPacer.TooFast)
            {
                pacer.PauseAfterTooFast();
                return (null, new SendResult.Failed(response.Describe(), DmOpenPacer.TooFastPause));
            }

            if (!response.IsSuccess || response.GetString("id") is not { } opened)
            {
                return (null, ChannelSender.ToResult(response));
            }

            await RememberAsync(userId, opened, cancellationToken);
            return (opened, null);
        }
    }

    private static string UserKey(string userId) => "dm.user." + userId;

    private static string ChannelKey(string channelId) => "dm.channel." + channelId;
}
