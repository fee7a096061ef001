using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace InterviewCoachBot.Emulators.Discord.Validation;

/// <summary>
/// Validates JSON against the subset of JSON Schema 2020-12 that Discord's openapi.json uses:
/// $ref, type, enum, const, properties, required, additionalProperties, items, min/maxItems, uniqueItems,
/// min/maxLength (Unicode code points), pattern, minimum/maximum, min/maxProperties, allOf, anyOf, oneOf.
/// <c>oneOf</c> is checked like <c>anyOf</c> (the spec marks its real unions <c>x-discord-union: oneOf</c> on anyOf,
/// and its alternatives are not always mutually exclusive). <c>format</c> is not checked.
/// </summary>
internal sealed class SchemaValidator(OpenApiSpec spec)
{
    private static readonly ConcurrentDictionary<string, Regex?> Patterns = new(StringComparer.Ordinal);

    public IReadOnlyList<ValidationError> Validate(JsonElement value, JsonElement schema)
    {
        var errors = new List<ValidationError>();
        Check(value, schema, [], errors);
        return errors;
    }

    private void Check(JsonElement value, JsonElement schema, List<string> path, List<ValidationError> errors)
    {
        if (schema.ValueKind == JsonValueKind.True)
        {
            return;
        }

        if (schema.ValueKind == JsonValueKind.False)
        {
            errors.Add(Error(path, "UNKNOWN_FIELD", "This field is not allowed."));
            return;
        }

        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            Check(value, spec.Resolve(reference.GetString()!), path, errors);
        }

        if (schema.TryGetProperty("type", out var type) && !MatchesType(value, type))
        {
            var expected = type.ValueKind == JsonValueKind.Array
                ? string.Join(" or ", type.EnumerateArray().Select(t => t.GetString()))
                : type.GetString()!;
            var first = expected.Split(' ')[0];
            errors.Add(Error(path, first.ToUpperInvariant() + "_TYPE_COERCE", $"Value \"{Short(value)}\" is not {expected}."));
            return;
        }

        CheckValue(value, schema, path, errors);
        CheckCombinators(value, schema, path, errors);

        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                CheckString(value.GetString()!, schema, path, errors);
                break;
            case JsonValueKind.Number:
                CheckNumber(value, schema, path, errors);
                break;
            case JsonValueKind.Array:
                CheckArray(value, schema, path, errors);
                break;
            case JsonValueKind.Object:
                CheckObject(value, schema, path, errors);
                break;
            default:
                break;
        }
    }

    private static void CheckValue(JsonElement value, JsonElement schema, List<string> path, List<ValidationError> errors)
    {
        if (schema.TryGetProperty("enum", out var choices)
            && !choices.EnumerateArray().Any(choice => JsonElement.DeepEquals(choice, value)))
        {
            var list = string.Join(", ", choices.EnumerateArray().Select(c => c.GetRawText()));
            errors.Add(Error(path, "BASE_TYPE_CHOICES", $"Value must be one of {{{list}}}."));
        }

        if (schema.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(constant, value))
        {
            errors.Add(Error(path, "BASE_TYPE_CHOICES", $"Value must be one of {{{constant.GetRawText()}}}."));
        }
    }

    private void CheckCombinators(JsonElement value, JsonElement schema, List<string> path, List<ValidationError> errors)
    {
        if (schema.TryGetProperty("allOf", out var allOf))
        {
            foreach (var part in allOf.EnumerateArray())
            {
                Check(value, part, path, errors);
            }
        }

        foreach (var keyword in (ReadOnlySpan<string>)["anyOf", "oneOf"])
        {
            if (schema.TryGetProperty(keyword, out var alternatives))
            {
                CheckUnion(value, alternatives, path, errors);
            }
        }
    }

    private void CheckUnion(JsonElement value, JsonElement alternatives, List<string> path, List<ValidationError> errors)
    {
        List<ValidationError>? best = null;
        (bool Kind, int Depth, int Count) bestScore = default;
        foreach (var alternative in alternatives.EnumerateArray())
        {
            var branch = new List<ValidationError>();
            Check(value, alternative, [.. path], branch);
            if (branch.Count == 0)
            {
                return;
            }

            var score = Score(branch, path.Count);
            if (best is null || IsBetter(score, bestScore))
            {
                best = branch;
                bestScore = score;
            }
        }

        if (best is not null)
        {
            errors.AddRange(best);
        }
    }

    private static (bool Kind, int Depth, int Count) Score(List<ValidationError> branch, int depth)
    {
        // A branch "has the right kind" when neither the value's JSON type nor its discriminating "type" field was rejected.
        var wrongKind = branch.Any(e =>
            (e.Path.Count == depth && e.Code.EndsWith("_TYPE_COERCE", StringComparison.Ordinal))
            || (e.Path.Count == depth + 1 && e.Path[^1] == "type"));
        return (!wrongKind, branch.Max(e => e.Path.Count), branch.Count);
    }

    private static bool IsBetter((bool Kind, int Depth, int Count) a, (bool Kind, int Depth, int Count) b) =>
        a.Kind != b.Kind ? a.Kind : a.Depth != b.Depth ? a.Depth > b.Depth : a.Count < b.Count;

    private static void CheckString(string text, JsonElement schema, List<string> path, List<ValidationError> errors)
    {
        var length = text.EnumerateRunes().Count();
        if (schema.TryGetProperty("maxLength", out var max) && length > max.GetInt32())
        {
            errors.Add(Error(path, "BASE_TYPE_MAX_LENGTH", $"Must be {max.GetInt32()} or fewer in length."));
        }

        if (schema.TryGetProperty("minLength", out var min) && length < min.GetInt32())
        {
            errors.Add(Error(path, "BASE_TYPE_MIN_LENGTH", $"Must be {min.GetInt32()} or more in length."));
        }

        if (schema.TryGetProperty("pattern", out var pattern)
            && CompilePattern(pattern.GetString()!) is { } regex
            && !regex.IsMatch(text))
        {
            errors.Add(Error(path, "STRING_TYPE_REGEX", $"String value did not match validation regex."));
        }
    }

    private static void CheckNumber(JsonElement value, JsonElement schema, List<string> path, List<ValidationError> errors)
    {
        if (!value.TryGetDecimal(out var number))
        {
            return;
        }

        if (schema.TryGetProperty("minimum", out var min) && min.TryGetDecimal(out var lo) && number < lo)
        {
            errors.Add(Error(path, "NUMBER_TYPE_MIN", $"Value should be greater than or equal to {lo.ToString(CultureInfo.InvariantCulture)}."));
        }

        if (schema.TryGetProperty("maximum", out var max) && max.TryGetDecimal(out var hi) && number > hi)
        {
            errors.Add(Error(path, "NUMBER_TYPE_MAX", $"Value should be less than or equal to {hi.ToString(CultureInfo.InvariantCulture)}."));
        }
    }

    private void CheckArray(JsonElement value, JsonElement schema, List<string> path, List<ValidationError> errors)
    {
        var count = value.GetArrayLength();
        if (schema.TryGetProperty("maxItems", out var max) && count > max.GetInt32())
        {
            errors.Add(Error(path, "BASE_TYPE_MAX_LENGTH", $"Must be {max.GetInt32()} or fewer in length."));
        }

        if (schema.TryGetProperty("minItems", out var min) && count < min.GetInt32())
        {
            errors.Add(Error(path, "BASE_TYPE_MIN_LENGTH", $"Must be {min.GetInt32()} or more in length."));
        }

        var items = value.EnumerateArray().ToList();
        if (schema.TryGetProperty("uniqueItems", out var unique) && unique.ValueKind == JsonValueKind.True
            && items.Where((item, i) => items.Take(i).Any(earlier => JsonElement.DeepEquals(earlier, item))).Any())
        {
            errors.Add(Error(path, "SET_TYPE_ALREADY_CONTAINS_VALUE", "The set already contains this value."));
        }

        if (schema.TryGetProperty("items", out var itemSchema))
        {
            for (var i = 0; i < items.Count; i++)
            {
                Check(items[i], itemSchema, [.. path, i.ToString(CultureInfo.InvariantCulture)], errors);
            }
        }
    }

    private void CheckObject(JsonElement value, JsonElement schema, List<string> path, List<ValidationError> errors)
    {
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
            {
                if (!value.TryGetProperty(name, out _))
                {
                    errors.Add(Error([.. path, name], "BASE_TYPE_REQUIRED", "This field is required"));
                }
            }
        }

        var count = 0;
        schema.TryGetProperty("properties", out var properties);
        var hasAdditional = schema.TryGetProperty("additionalProperties", out var additional);
        foreach (var property in value.EnumerateObject())
        {
            count++;
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Check(property.Value, propertySchema, [.. path, property.Name], errors);
            }
            else if (hasAdditional)
            {
                Check(property.Value, additional, [.. path, property.Name], errors);
            }
        }

        if (schema.TryGetProperty("maxProperties", out var max) && count > max.GetInt32())
        {
            errors.Add(Error(path, "BASE_TYPE_MAX_LENGTH", $"Must be {max.GetInt32()} or fewer in length."));
        }

        if (schema.TryGetProperty("minProperties", out var min) && count < min.GetInt32())
        {
            errors.Add(Error(path, "BASE_TYPE_MIN_LENGTH", $"Must be {min.GetInt32()} or more in length."));
        }
    }

    private static bool MatchesType(JsonElement value, JsonElement type) =>
        type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Any(t => MatchesType(value, t.GetString()!))
            : MatchesType(value, type.GetString()!);

    private static bool MatchesType(JsonElement value, string type) => type switch
    {
        "null" => value.ValueKind == JsonValueKind.Null,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var d) && decimal.Truncate(d) == d,
        _ => true,
    };

    private static Regex? CompilePattern(string pattern) =>
        Patterns.GetOrAdd(pattern, static p =>
        {
            try
            {
                return new Regex(p, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException)
            {
                return null; // an ECMAScript construct .NET does not know: skip rather than reject valid bodies
            }
        });

    private static string Short(JsonElement value)
    {
        var raw = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        return raw.Length > 40 ? raw[..40] + "..." : raw;
    }

    private static ValidationError Error(List<string> path, string code, string message) => new([.. path], code, message);
}
