using System.Text.Json;

namespace InterviewCoachBot.Emulators.Discord;

/// <summary>One REST request as the emulator saw it, and the status it answered with.</summary>
/// <param name="RouteKey">Template key such as <c>POST /channels/{channel_id}/messages</c>, or null when no route matched.</param>
/// <param name="AllowedMentionsSuppressed">
/// For message-carrying requests: true when the message had <c>allowed_mentions</c> with <c>parse: []</c>,
/// false otherwise; null for requests that carry no message.
/// </param>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string? RouteKey,
    JsonElement? Body,
    int StatusCode,
    DateTimeOffset Time,
    bool? AllowedMentionsSuppressed,
    string? UserAgent);
