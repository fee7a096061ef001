using System.Globalization;
using System.Text.Json;

namespace InterviewCoachBot.Emulators.Discord.Validation;

/// <summary>
/// Discord's documented message limits that the preview spec states looser or not at all:
/// content ≤ 2000 code points, ≤ 5 action rows (legacy components, i.e. without the IS_COMPONENTS_V2 flag), each
/// holding ≤ 5 buttons or a single select menu, custom_id 1–100 chars and unique within the message, and a string select's
/// option values unique within it (the spec already bounds it to 25 options with labels and values of ≤ 100 chars).
/// </summary>
internal static class MessageRules
{
    public const int MaxContentLength = 2000;
    public const int MaxActionRows = 5;
    public const int MaxButtonsPerRow = 5;
    public const int MaxCustomIdLength = 100;
    private const int ButtonType = 2;
    private const int StringSelectType = 3;
    private const long IsComponentsV2 = 1 << 15;

    public static IReadOnlyList<ValidationError> Check(JsonElement message, IReadOnlyList<string> basePath)
    {
        var errors = new List<ValidationError>();
        if (message.ValueKind != JsonValueKind.Object)
        {
            return errors;
        }

        if (message.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.String
            && content.GetString()!.EnumerateRunes().Count() > MaxContentLength)
        {
            errors.Add(new([.. basePath, "content"], "BASE_TYPE_MAX_LENGTH", $"Must be {MaxContentLength} or fewer in length."));
        }

        var flags = message.TryGetProperty("flags", out var f) && f.ValueKind == JsonValueKind.Number && f.TryGetInt64(out var fl) ? fl : 0;
        if (message.TryGetProperty("components", out var components) && components.ValueKind == JsonValueKind.Array
            && (flags & IsComponentsV2) == 0)
        {
            CheckLegacyComponents(components, [.. basePath, "components"], errors);
        }

        return errors;
    }

    /// <summary>
    /// Every <c>attachments[].id</c> that names an upload slot (<c>"0"</c>–<c>"9"</c>, or the number) must have its
    /// <c>files[n]</c> part; other ids name attachments the message already has.
    /// </summary>
    public static IReadOnlyList<ValidationError> CheckUploads(JsonElement message, IReadOnlyList<string> basePath, IReadOnlyList<Rest.UploadedFile> files)
    {
        var errors = new List<ValidationError>();
        if (message.ValueKind != JsonValueKind.Object || !message.TryGetProperty("attachments", out var attachments)
            || attachments.ValueKind != JsonValueKind.Array)
        {
            return errors;
        }

        var index = 0;
        foreach (var attachment in attachments.EnumerateArray())
        {
            if (UploadSlot(attachment) is { } slot && !files.Any(file => file.Index == slot))
            {
                errors.Add(new([.. basePath, "attachments", index.ToString(CultureInfo.InvariantCulture), "id"], "ATTACHMENT_NOT_FOUND",
                    $"files[{slot}] was not uploaded with this request."));
            }

            index++;
        }

        return errors;
    }

    /// <summary>The <c>files[n]</c> index an attachment entry refers to, or null for an existing attachment's snowflake.</summary>
    public static int? UploadSlot(JsonElement attachment)
    {
        if (attachment.ValueKind != JsonValueKind.Object || !attachment.TryGetProperty("id", out var id))
        {
            return null;
        }

        var text = id.ValueKind switch
        {
            JsonValueKind.String => id.GetString(),
            JsonValueKind.Number => id.GetRawText(),
            _ => null,
        };
        return text is { Length: 1 } && char.IsAsciiDigit(text[0]) ? text[0] - '0' : null;
    }

    /// <summary>True when a new message would have nothing to show (Discord error 50006).</summary>
    public static bool IsEmpty(JsonElement message, int uploadedFiles = 0)
    {
        if (uploadedFiles > 0)
        {
            return false;
        }

        if (message.ValueKind != JsonValueKind.Object)
        {
            return true;
        }

        if (message.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.String
            && !string.IsNullOrWhiteSpace(content.GetString()))
        {
            return false;
        }

        foreach (var name in (ReadOnlySpan<string>)["embeds", "components", "sticker_ids", "attachments"])
        {
            if (message.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array && list.GetArrayLength() > 0)
            {
                return false;
            }
        }

        return !(message.TryGetProperty("poll", out var poll) && poll.ValueKind == JsonValueKind.Object);
    }

    private static void CheckLegacyComponents(JsonElement rows, List<string> path, List<ValidationError> errors)
    {
        if (rows.GetArrayLength() > MaxActionRows)
        {
            errors.Add(new(path, "BASE_TYPE_MAX_LENGTH", $"Must be {MaxActionRows} or fewer in length."));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var rowIndex = 0;
        foreach (var row in rows.EnumerateArray())
        {
            var rowPath = Append(path, rowIndex++);
            if (row.ValueKind != JsonValueKind.Object || !row.TryGetProperty("components", out var children)
                || children.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            var buttons = children.EnumerateArray().Count(c => TypeOf(c) == ButtonType);
            if (buttons > MaxButtonsPerRow)
            {
                errors.Add(new([.. rowPath, "components"], "BASE_TYPE_MAX_LENGTH", $"Must be {MaxButtonsPerRow} or fewer in length."));
            }

            // "An Action Row can contain up to 5 buttons or a single select component" (components reference).
            if (children.GetArrayLength() > 1 && children.EnumerateArray().Any(c => IsSelect(TypeOf(c))))
            {
                errors.Add(new([.. rowPath, "components"], "COMPONENT_LAYOUT_WIDTH_EXCEEDED", "A select menu must be the only component of its action row."));
            }

            var childIndex = 0;
            foreach (var child in children.EnumerateArray())
            {
                var childPath = Append([.. rowPath, "components"], childIndex++);
                if (TypeOf(child) == StringSelectType)
                {
                    CheckOptionValues(child, childPath, errors);
                }

                if (child.ValueKind != JsonValueKind.Object || !child.TryGetProperty("custom_id", out var id)
                    || id.ValueKind != JsonValueKind.String)
                {
                    continue;
                }

                var text = id.GetString()!;
                if (text.Length is 0 or > MaxCustomIdLength)
                {
                    errors.Add(new([.. childPath, "custom_id"], "BASE_TYPE_BAD_LENGTH", $"Must be between 1 and {MaxCustomIdLength} in length."));
                }
                else if (!seen.Add(text))
                {
                    errors.Add(new([.. childPath, "custom_id"], "COMPONENT_CUSTOM_ID_DUPLICATED", "Component custom id cannot be duplicated"));
                }
            }
        }
    }

    private static void CheckOptionValues(JsonElement select, List<string> path, List<ValidationError> errors)
    {
        if (!select.TryGetProperty("options", out var options) || options.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var values = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var option in options.EnumerateArray())
        {
            var optionPath = Append([.. path, "options"], index++);
            if (option.ValueKind == JsonValueKind.Object && option.TryGetProperty("value", out var value)
                && value.ValueKind == JsonValueKind.String && !values.Add(value.GetString()!))
            {
                errors.Add(new([.. optionPath, "value"], "SELECT_COMPONENT_OPTION_VALUE_DUPLICATED", "Select component option values cannot be duplicated"));
            }
        }
    }

    /// <summary>String (3), user (5), role (6), mentionable (7) and channel (8) selects.</summary>
    private static bool IsSelect(int? type) => type is StringSelectType or 5 or 6 or 7 or 8;

    private static int? TypeOf(JsonElement component) =>
        component.ValueKind == JsonValueKind.Object && component.TryGetProperty("type", out var t)
        && t.ValueKind == JsonValueKind.Number && t.TryGetInt32(out var type) ? type : null;

    private static List<string> Append(List<string> path, int index) => [.. path, index.ToString(CultureInfo.InvariantCulture)];
}
