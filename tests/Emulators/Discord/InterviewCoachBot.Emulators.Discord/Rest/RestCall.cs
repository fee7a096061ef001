using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace InterviewCoachBot.Emulators.Discord.Rest;

/// <summary>A matched, authorised, validated request handed to a route handler.</summary>
/// <param name="Body">The JSON body, or a multipart request's <c>payload_json</c>.</param>
/// <param name="Files">A multipart request's <c>files[n]</c> parts (empty for JSON).</param>
internal sealed record RestCall(
    RouteDefinition Route, IReadOnlyDictionary<string, string> Values, JsonElement? Body, IQueryCollection Query, IReadOnlyList<UploadedFile> Files)
{
    public string this[string name] => Values[name];
}
