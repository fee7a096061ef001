using System.Text.Json;

namespace InterviewCoachBot.Emulators.Discord.Validation;

/// <summary>The embedded copy of discord/discord-api-spec <c>specs/openapi.json</c> (see Spec/ORIGIN.md).</summary>
internal sealed class OpenApiSpec
{
    private static readonly Lazy<OpenApiSpec> Shared = new(Load);
    private readonly JsonDocument _document;

    private OpenApiSpec(JsonDocument document) => _document = document;

    public static OpenApiSpec Instance => Shared.Value;

    public JsonElement Root => _document.RootElement;

    /// <summary>The <c>application/json</c> request body schema of an operation, or null when it has none.</summary>
    public JsonElement? RequestSchema(string specPath, string method)
    {
        if (!Root.GetProperty("paths").TryGetProperty(specPath, out var path)
            || !path.TryGetProperty(method.ToLowerInvariant(), out var operation))
        {
            throw new InvalidOperationException($"openapi.json has no operation {method} {specPath}.");
        }

        return operation.TryGetProperty("requestBody", out var body)
            && body.GetProperty("content").TryGetProperty("application/json", out var json)
            ? json.GetProperty("schema")
            : null;
    }

    /// <summary>Resolves a local <c>#/components/schemas/X</c> reference.</summary>
    public JsonElement Resolve(string reference)
    {
        const string prefix = "#/";
        if (!reference.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Only local references are supported: {reference}");
        }

        var current = Root;
        foreach (var part in reference[prefix.Length..].Split('/'))
        {
            current = current.GetProperty(part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
        }

        return current;
    }

    private static OpenApiSpec Load()
    {
        using var stream = typeof(OpenApiSpec).Assembly.GetManifestResourceStream("InterviewCoachBot.Emulators.Discord.openapi.json")
            ?? throw new InvalidOperationException("Embedded openapi.json is missing.");
        return new OpenApiSpec(JsonDocument.Parse(stream));
    }
}
