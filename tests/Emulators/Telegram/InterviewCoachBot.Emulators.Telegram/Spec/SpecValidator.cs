using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewCoachBot.Emulators.Telegram.Http;
using InterviewCoachBot.Emulators.Telegram.Internal;

namespace InterviewCoachBot.Emulators.Telegram.Spec;

/// <summary>
/// Checks a request's arguments against the spec: required fields present, values of the declared
/// types (recursively into objects and arrays). Returns the arguments normalised to JSON types, so
/// form-encoded strings ("42", "true", "{...}") become numbers, booleans and objects. Unknown fields
/// are kept and ignored, like the real API.
/// </summary>
internal sealed class SpecValidator(BotApiSpec spec)
{
    private const int MaxDepth = 12;

    public JsonObject Validate(SpecEntry method, ApiRequest request)
    {
        var normalized = new JsonObject();
        foreach (var (key, value) in request.Args)
        {
            normalized[key] = value?.DeepClone();
        }

        foreach (var field in method.Fields)
        {
            var present = normalized.TryGetPropertyValue(field.Name, out var value) && value is not null;
            if (present && value is JsonValue s && s.GetValueKind() == JsonValueKind.String
                && s.GetValue<string>().StartsWith("attach://", StringComparison.Ordinal)
                && field.Types.Contains("InputFile"))
            {
                var attachName = s.GetValue<string>()["attach://".Length..];
                if (!request.Files.ContainsKey(attachName))
                {
                    throw BotApiException.BadRequest($"file \"{attachName}\" referenced by {field.Name} was not uploaded");
                }

                continue;
            }

            if (!present)
            {
                if (field.Types.Contains("InputFile") && request.Files.ContainsKey(field.Name))
                {
                    continue;
                }

                if (field.Required)
                {
                    throw BotApiException.BadRequest(field.Name == "text" ? "message text is empty" : $"{field.Name} is empty");
                }

                continue;
            }

            var result = CheckAny(value, field.Types, field.Name, 0);
            if (result.Error is not null)
            {
                throw BotApiException.BadRequest(result.Error.Message);
            }

            normalized[field.Name] = result.Value;
        }

        return normalized;
    }

    private Result CheckAny(JsonNode? node, IReadOnlyList<string> types, string path, int depth)
    {
        Result? best = null;
        foreach (var type in types)
        {
            var result = Check(node, type, path, depth);
            if (result.Error is null)
            {
                return result;
            }

            if (best is null || result.Error.Depth > best.Error!.Depth)
            {
                best = result;
            }
        }

        return types.Count == 1 || best!.Error!.Depth > depth
            ? best!
            : Fail($"field \"{path}\" must be of type {string.Join(" or ", types)}", depth);
    }

    private Result Check(JsonNode? node, string type, string path, int depth)
    {
        if (depth > MaxDepth)
        {
            return Fail($"field \"{path}\" is nested too deeply", depth);
        }

        if (type.StartsWith("Array of ", StringComparison.Ordinal))
        {
            var elementType = type["Array of ".Length..];
            if (ParseIfJsonString(node) is not JsonArray array)
            {
                return Fail($"field \"{path}\" must be an Array", depth);
            }

            var normalized = new JsonArray();
            for (var i = 0; i < array.Count; i++)
            {
                var item = Check(array[i], elementType, $"{path}[{i}]", depth + 1);
                if (item.Error is not null)
                {
                    return item;
                }

                normalized.Add(item.Value);
            }

            return new Result(normalized, null);
        }

        return type switch
        {
            "Integer" => CheckInteger(node, path, depth),
            "Float" => CheckFloat(node, path, depth),
            "Boolean" or "True" => CheckBoolean(node, path, depth),
            "String" => CheckString(node, path, depth),
            "InputFile" => node is JsonValue v && v.GetValueKind() == JsonValueKind.String
                ? new Result(node.DeepClone(), null)
                : Fail($"field \"{path}\" must be a file upload or a String", depth),
            _ => CheckObject(node, type, path, depth),
        };
    }

    private Result CheckObject(JsonNode? node, string type, string path, int depth)
    {
        if (!spec.Types.TryGetValue(type, out var entry))
        {
            return new Result(node?.DeepClone(), null);
        }

        if (ParseIfJsonString(node) is not JsonObject obj)
        {
            return Fail($"field \"{path}\" must be an Object of type {type}", depth);
        }

        if (entry.Subtypes.Count > 0)
        {
            return CheckAny(obj, entry.Subtypes, path, depth);
        }

        var normalized = (JsonObject)obj.DeepClone();
        foreach (var field in entry.Fields)
        {
            var fieldPath = $"{path}.{field.Name}";
            if (!obj.TryGetPropertyValue(field.Name, out var value) || value is null)
            {
                if (field.Required)
                {
                    return Fail($"field \"{fieldPath}\" of {type} is required", depth + 1);
                }

                continue;
            }

            var result = CheckAny(value, field.Types, fieldPath, depth + 1);
            if (result.Error is not null)
            {
                return result;
            }

            normalized[field.Name] = result.Value;
        }

        return new Result(normalized, null);
    }

    private static Result CheckInteger(JsonNode? node, string path, int depth) => node switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<long>(out var l) => new Result(JsonValue.Create(l), null),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<double>(out var d) && d == Math.Floor(d) && Math.Abs(d) < 9e15
            => new Result(JsonValue.Create((long)d), null),
        JsonValue v when v.GetValueKind() == JsonValueKind.String
            && long.TryParse(v.GetValue<string>().Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var p)
            => new Result(JsonValue.Create(p), null),
        _ => Fail($"field \"{path}\" must be of type Integer", depth),
    };

    private static Result CheckFloat(JsonNode? node, string path, int depth) => node switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => new Result(v.DeepClone(), null),
        JsonValue v when v.GetValueKind() == JsonValueKind.String
            && double.TryParse(v.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            => new Result(JsonValue.Create(d), null),
        _ => Fail($"field \"{path}\" must be of type Float", depth),
    };

    private static Result CheckBoolean(JsonNode? node, string path, int depth) => node switch
    {
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => new Result(v.DeepClone(), null),
        JsonValue v when v.GetValueKind() == JsonValueKind.String && bool.TryParse(v.GetValue<string>(), out var b)
            => new Result(JsonValue.Create(b), null),
        _ => Fail($"field \"{path}\" must be of type Boolean", depth),
    };

    private static Result CheckString(JsonNode? node, string path, int depth) => node switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.String => new Result(v.DeepClone(), null),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => new Result(JsonValue.Create(v.ToJsonString()), null),
        _ => Fail($"field \"{path}\" must be of type String", depth),
    };

    /// <summary>Form bodies carry objects and arrays as JSON text.</summary>
    private static JsonNode? ParseIfJsonString(JsonNode? node)
    {
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.String)
        {
            try
            {
                return JsonNode.Parse(v.GetValue<string>());
            }
            catch (JsonException)
            {
                return null;
            }
        }

        return node;
    }

    private static Result Fail(string message, int depth) => new(null, new ValidationError(message, depth));

    private sealed record Result(JsonNode? Value, ValidationError? Error);

    private sealed record ValidationError(string Message, int Depth);
}
