using System.Text.Json;

namespace InterviewCoachBot.Emulators.Discord;

/// <summary>What the bot answered to one interaction so far.</summary>
/// <param name="CallbackType">1, 4, 5, 6, 7, 8 or 9.</param>
/// <param name="CallbackBody">The whole callback request body.</param>
/// <param name="Original">The current @original message (after type 4, or after a PATCH following type 5), if any.</param>
/// <param name="OriginalEdits">Bodies of every <c>PATCH .../messages/@original</c>, in order.</param>
/// <param name="FollowUps">Follow-up messages, in order.</param>
/// <param name="AckLatency">Time between INTERACTION_CREATE and the callback, on the emulator's clock.</param>
public sealed record InteractionResponse(
    int CallbackType,
    JsonElement CallbackBody,
    SentMessage? Original,
    IReadOnlyList<JsonElement> OriginalEdits,
    IReadOnlyList<SentMessage> FollowUps,
    TimeSpan AckLatency)
{
    /// <summary>The callback's <c>data</c>, if any.</summary>
    public JsonElement? Data =>
        CallbackBody.TryGetProperty("data", out var d) && d.ValueKind != JsonValueKind.Null ? d : null;
}
