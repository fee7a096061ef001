using System.Text.Json;

namespace InterviewCoachBot.Emulators.Telegram.Spec;

/// <summary>The machine-readable Bot API spec (vendored in Spec/api.json): methods and types with their fields.</summary>
internal sealed class BotApiSpec
{
    private const string ResourceName = "InterviewCoachBot.Emulators.Telegram.api.json";

    private BotApiSpec(string version, Dictionary<string, SpecEntry> methods, Dictionary<string, SpecEntry> types)
    {
        Version = version;
        Methods = methods;
        Types = types;
    }

    public string Version { get; }

    /// <summary>Methods by name, case-insensitive like the Bot API's own routing.</summary>
    public IReadOnlyDictionary<string, SpecEntry> Methods { get; }

    public IReadOnlyDictionary<string, SpecEntry> Types { get; }

    /// <summary>The copy vendored in this assembly (Spec/api.json, see Spec/ORIGIN.md).</summary>
    public static BotApiSpec LoadEmbedded()
    {
        using var stream = typeof(BotApiSpec).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
        return Load(stream);
    }

    public static BotApiSpec Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    private static BotApiSpec Load(Stream stream)
    {
        using var doc = JsonDocument.Parse(stream);
        var root = doc.RootElement;
        return new BotApiSpec(
            root.TryGetProperty("version", out var v) ? v.GetString() ?? "" : "",
            ReadEntries(root.GetProperty("methods"), StringComparer.OrdinalIgnoreCase),
            ReadEntries(root.GetProperty("types"), StringComparer.Ordinal));
    }

    private static Dictionary<string, SpecEntry> ReadEntries(JsonElement element, StringComparer comparer)
    {
        var result = new Dictionary<string, SpecEntry>(comparer);
        foreach (var property in element.EnumerateObject())
        {
            var fields = new List<SpecField>();
            if (property.Value.TryGetProperty("fields", out var fieldArray))
            {
                foreach (var field in fieldArray.EnumerateArray())
                {
                    fields.Add(new SpecField(
                        field.GetProperty("name").GetString()!,
                        [.. field.GetProperty("types").EnumerateArray().Select(t => t.GetString()!)],
                        field.TryGetProperty("required", out var required) && required.GetBoolean()));
                }
            }

            var subtypes = property.Value.TryGetProperty("subtypes", out var sub)
                ? sub.EnumerateArray().Select(s => s.GetString()!).ToList()
                : [];
            result[property.Name] = new SpecEntry(property.Name, fields, subtypes);
        }

        return result;
    }
}

internal sealed record SpecEntry(string Name, IReadOnlyList<SpecField> Fields, IReadOnlyList<string> Subtypes);

internal sealed record SpecField(string Name, IReadOnlyList<string> Types, bool Required);
