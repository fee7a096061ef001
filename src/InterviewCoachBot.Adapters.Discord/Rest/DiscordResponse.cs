using System.Globalization;
using System.Text.Json;

namespace InterviewCoachBot.Adapters.Discord.Rest;

/// <summary>How a REST call ended after every retry: the last status and body, or no status when the network failed.</summary>
/// <param name="Banned">A 429 that did not come from Discord's API (no rate-limit headers, no <c>retry_after</c>): the IP is banned.</param>
internal sealed record DiscordResponse(int Status, JsonElement? Body, TimeSpan? RetryAfter = null, bool Banned = false)
{
    /// <summary>Discord's error code (<c>50007</c> …) from the JSON body, if any.</summary>
    public int? ErrorCode =>
        Body is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.Number
            ? code.GetInt32()
            : null;

    public bool IsSuccess => Status is >= 200 and < 300;

    /// <summary>For logs and <c>SendResult</c>: status and Discord code, never a body or a path.</summary>
    public string Describe() => Status == 0
        ? "network failure"
        : ErrorCode is { } code
            ? string.Create(CultureInfo.InvariantCulture, $"HTTP {Status}, Discord code {code}")
            : string.Create(CultureInfo.InvariantCulture, $"HTTP {Status}");

    public string? GetString(string property) =>
        Body is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public static DiscordResponse NetworkFailure() => new(0, null);
}
