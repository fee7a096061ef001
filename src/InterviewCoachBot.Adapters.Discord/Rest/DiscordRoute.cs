using System.Security.Cryptography;
using System.Text;

namespace InterviewCoachBot.Adapters.Discord.Rest;

/// <summary>
/// One REST call: its route template (the rate-limit key), the concrete path, and the major parameter that splits buckets.
/// </summary>
/// <param name="Template">E.g. <c>POST /channels/{channel_id}/messages</c>; safe to log (no ids, no tokens).</param>
/// <param name="Path">The concrete path; holds the interaction token on interaction and webhook routes, so never printed.</param>
/// <param name="Major">
/// The major parameter's value (channel, guild or interaction id; for webhooks the application id and a hash of the token), or
/// empty. Never a token: it keys rate-limit buckets that outlive the request.
/// </param>
/// <param name="BotAuthorized">False for interaction callbacks and webhooks: their token is in the path.</param>
internal sealed record DiscordRoute(HttpMethod Method, string Template, string Path, string Major, bool BotAuthorized = true)
{
    /// <summary>Interaction callbacks and webhooks are exempt from the global limit.</summary>
    public bool CountsGlobally => BotAuthorized;

    public static DiscordRoute GatewayBot() => new(HttpMethod.Get, "GET /gateway/bot", "/gateway/bot", string.Empty);

    public static DiscordRoute OverwriteCommands(string applicationId) =>
        new(HttpMethod.Put, "PUT /applications/{application_id}/commands", $"/applications/{applicationId}/commands", applicationId);

    public static DiscordRoute OpenDm() => new(HttpMethod.Post, "POST /users/@me/channels", "/users/@me/channels", string.Empty);

    public static DiscordRoute CreateMessage(string channelId) =>
        new(HttpMethod.Post, "POST /channels/{channel_id}/messages", $"/channels/{Uri.EscapeDataString(channelId)}/messages", channelId);

    public static DiscordRoute Callback(string interactionId, string token) =>
        new(HttpMethod.Post, "POST /interactions/{interaction_id}/{interaction_token}/callback",
            $"/interactions/{interactionId}/{Uri.EscapeDataString(token)}/callback", interactionId, BotAuthorized: false);

    public static DiscordRoute EditOriginal(string applicationId, string token) =>
        new(HttpMethod.Patch, "PATCH /webhooks/{application_id}/{interaction_token}/messages/@original",
            $"/webhooks/{applicationId}/{Uri.EscapeDataString(token)}/messages/@original", WebhookMajor(applicationId, token), BotAuthorized: false);

    public static DiscordRoute FollowUp(string applicationId, string token) =>
        new(HttpMethod.Post, "POST /webhooks/{application_id}/{interaction_token}",
            $"/webhooks/{applicationId}/{Uri.EscapeDataString(token)}", WebhookMajor(applicationId, token), BotAuthorized: false);

    /// <summary>Discord's major parameter for webhooks is id and token; a hash of the token splits buckets the same way.</summary>
    private static string WebhookMajor(string applicationId, string token) =>
        applicationId + "/" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)), 0, 8);

    /// <summary>Leaves out <see cref="Path"/>, which may hold an interaction token.</summary>
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Method = ").Append(Method)
            .Append(", Template = ").Append(Template)
            .Append(", Major = ").Append(Major)
            .Append(", BotAuthorized = ").Append(BotAuthorized);
        return true;
    }
}
