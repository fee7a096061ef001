using System.Text.Json.Nodes;

namespace InterviewCoachBot.Emulators.Discord.Rest;

/// <summary>What a REST handler answers: status, JSON body (null = no body), extra headers, or a dropped connection
/// (after <paramref name="Hold"/>, for a request that times out). <paramref name="Html"/> is a page sent instead of JSON,
/// as Cloudflare in front of Discord answers.</summary>
internal sealed record RestResult(
    int Status, JsonNode? Body, IReadOnlyDictionary<string, string>? Headers = null, bool Abort = false, TimeSpan Hold = default, string? Html = null)
{
    public static RestResult Json(JsonNode body, int status = 200) => new(status, body);

    public static RestResult NoContent() => new(204, null);
}
