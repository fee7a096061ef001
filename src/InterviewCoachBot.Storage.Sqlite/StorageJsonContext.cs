using System.Text.Json.Serialization;

namespace InterviewCoachBot.Storage.Sqlite;

/// <summary>Source-generated JSON for the payloads this project stores (camelCase, nulls left out).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ReplyPayload))]
[JsonSerializable(typeof(InboundContentPayload))]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
