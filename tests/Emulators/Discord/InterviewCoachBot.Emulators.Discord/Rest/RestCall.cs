using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace InterviewCoachBot.Emulators.Discord.Rest;

/// <summary>A matched, authorised, validated request handed to a route handler.</summary>
internal sealed record RestCall(RouteDefinition Route, IReadOnlyDictionary<string, string> Values, JsonElement? Body, IQueryCollection Query)
{
    public string this[string name] => Values[name];
}
