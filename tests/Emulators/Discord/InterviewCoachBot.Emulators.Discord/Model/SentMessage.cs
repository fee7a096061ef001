using System.Text.Json;

namespace InterviewCoachBot.Emulators.Discord;

/// <summary>Where a message the bot produced came from.</summary>
public enum MessageOrigin
{
    /// <summary><c>POST /channels/{channel_id}/messages</c>.</summary>
    ChannelMessage,

    /// <summary>Callback type 4 (or the @original of a deferred type 5).</summary>
    InteractionResponse,

    /// <summary><c>POST /webhooks/{application_id}/{interaction_token}</c>.</summary>
    FollowUp,
}

/// <summary>A message the bot created, in its latest edited state.</summary>
/// <param name="Message">The message object as the emulator would return it (content, components, flags, embeds...).</param>
/// <param name="AllowedMentionsSuppressed">True when the last create/edit body had <c>allowed_mentions.parse == []</c>.</param>
/// <param name="Attachments">The files attached to the message (uploaded as multipart <c>files[n]</c>), with their bytes.</param>
public sealed record SentMessage(
    string Id,
    string ChannelId,
    string? RecipientUserId,
    string? InteractionId,
    MessageOrigin Origin,
    JsonElement Message,
    bool AllowedMentionsSuppressed,
    DateTimeOffset SentAt,
    int EditCount,
    IReadOnlyList<ReceivedAttachment> Attachments)
{
    /// <summary>The <c>content</c> field, or empty.</summary>
    public string Content =>
        Message.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()! : string.Empty;

    /// <summary>Every <c>custom_id</c> in the message's components, depth first.</summary>
    public IReadOnlyList<string> CustomIds => Infrastructure.JsonWalk.CollectCustomIds(Message);

    /// <summary>Every option of the message's string select menus, menu by menu.</summary>
    public IReadOnlyList<SelectOption> SelectOptions => Infrastructure.JsonWalk.CollectSelectOptions(Message);

    /// <summary>The <c>flags</c> field, or 0.</summary>
    public long Flags =>
        Message.TryGetProperty("flags", out var f) && f.ValueKind == JsonValueKind.Number ? f.GetInt64() : 0;
}
