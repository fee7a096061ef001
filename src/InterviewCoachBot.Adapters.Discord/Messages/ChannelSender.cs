using InterviewCoachBot.Adapters.Discord.Rest;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Ports;

namespace InterviewCoachBot.Adapters.Discord.Messages;

/// <summary>
/// Sends a reply as channel messages (<c>POST /channels/{id}/messages</c>), outside any interaction; a reply's file goes with
/// its last piece as a multipart upload.
/// </summary>
internal sealed class ChannelSender(DiscordRestClient rest, DiscordMessageBuilder builder, DirectChannels channels)
{
    /// <summary>"Cannot send messages to this user" and "no mutual guilds": retrying will not help.</summary>
    private static readonly HashSet<int> UnreachableCodes = [50007, 50278];

    /// <param name="nonce">
    /// A stable id of this message (at most 25 characters, Discord's limit; a nudge's <c>Reply.IdempotencyKey</c>): sent with <c>enforce_nonce</c>, so a retry after an ambiguous
    /// failure returns the first message instead of creating a second one.
    /// </param>
    /// <param name="fromPiece">The first piece to send: the ones before it were shown elsewhere (an interaction's answer).</param>
    public async Task<SendResult> SendToChannelAsync(
        string channelId, Reply reply, string? ownerId, string? nonce, CancellationToken cancellationToken, int fromPiece = 0)
    {
        var messages = await builder.BuildAsync(reply, new MessageOptions(ownerId, Ephemeral: false), cancellationToken);
        for (var i = fromPiece; i < messages.Count; i++)
        {
            var (body, file) = messages[i];
            if (nonce is not null)
            {
                body["nonce"] = i == 0 ? nonce : $"{nonce}.{i}";
                body["enforce_nonce"] = true;
            }

            var response = await rest.SendAsync(DiscordRoute.CreateMessage(channelId), body, file, cancellationToken);
            if (!response.IsSuccess)
            {
                return ToResult(response);
            }
        }

        return new SendResult.Sent();
    }

    public async Task<SendResult> SendDirectAsync(string userId, Reply reply, string? nonce, CancellationToken cancellationToken, int fromPiece = 0)
    {
        var (channelId, failure) = await channels.OpenAsync(userId, cancellationToken);
        return channelId is null
            ? failure!
            : await SendToChannelAsync(channelId, reply, userId, nonce, cancellationToken, fromPiece);
    }

    public static SendResult ToResult(DiscordResponse response) => response switch
    {
        { ErrorCode: { } code } when UnreachableCodes.Contains(code) => new SendResult.Unreachable(response.Describe()),
        { Status: 429 } => new SendResult.Failed(response.Describe(), response.RetryAfter),
        _ => new SendResult.Failed(response.Describe()),
    };
}
