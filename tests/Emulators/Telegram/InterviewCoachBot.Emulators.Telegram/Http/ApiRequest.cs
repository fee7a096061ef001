using System.Text.Json.Nodes;

namespace InterviewCoachBot.Emulators.Telegram.Http;

/// <summary>One Bot API call: its arguments (query string and body merged) and any uploaded files.</summary>
internal sealed record ApiRequest(JsonObject Args, IReadOnlyDictionary<string, UploadedFile> Files);

/// <summary>A multipart file part.</summary>
internal sealed record UploadedFile(string FieldName, string FileName, string? ContentType, ReadOnlyMemory<byte> Content);
