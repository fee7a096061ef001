using System.Text.Json;

namespace InterviewCoachBot.Emulators.Discord.State;

/// <summary>Server-side state of one interaction. Mutated only under <see cref="InteractionStore"/>'s lock.</summary>
internal sealed class InteractionRecord(string id, string token, int type, string userId, string channelId, string? guildId, DateTimeOffset createdAt)
{
    public string Id { get; } = id;

    public string Token { get; } = token;

    public int Type { get; } = type;

    public string UserId { get; } = userId;

    public string ChannelId { get; } = channelId;

    public string? GuildId { get; } = guildId;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public string? SourceMessageId { get; init; }

    /// <summary><c>authorizing_integration_owners</c> names only the user install: Discord allows 5 follow-ups.</summary>
    public bool UserInstallOnly { get; init; }

    public int? CallbackType { get; set; }

    public JsonElement? CallbackBody { get; set; }

    public DateTimeOffset? AcknowledgedAt { get; set; }

    public string? OriginalMessageId { get; set; }

    public List<JsonElement> OriginalEdits { get; } = [];

    public List<string> FollowUpIds { get; } = [];
}
