using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewCoachBot.Adapters.Discord.Messages;
using InterviewCoachBot.Engine.Messages;

namespace InterviewCoachBot.Adapters.Discord.Interactions;

/// <summary>
/// The modals (callback type 9) that take typed answers: Discord bots without message intents cannot read typed messages.
/// A reply that declares a form (<see cref="Reply.Form"/>) opens a modal with one text input per field; any other reply that
/// asks for typed text (<see cref="Reply.ExpectsText"/>) opens one with a single "Answer" input.
/// </summary>
internal static class ModalForm
{
    public const int MaxAnswerLength = 4000;

    /// <summary>Discord's limit on a modal's title.</summary>
    private const int MaxTitleLength = 45;

    private const int ShortStyle = 1;
    private const int ParagraphStyle = 2;

    /// <summary>The single-answer modal, for replies that declare no form.</summary>
    public static JsonObject Create(string ownerId) => Modal(
        CustomIds.Answer(ownerId),
        "Your answer",
        TextInput(CustomIds.AnswerField, "Answer", placeholder: null, ParagraphStyle, required: true, MaxAnswerLength));

    /// <summary>The engine's form: each field labelled with its question, its example as placeholder; submitted as <see cref="FormInput"/>.</summary>
    public static JsonObject Create(string ownerId, ReplyForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return Modal(
            CustomIds.Form(ownerId),
            DiscordMessageBuilder.Clip(form.Title, MaxTitleLength),
            [.. form.Fields.Select(field => TextInput(field.Key, field.Label, field.Placeholder, ShortStyle, field.Required, Math.Min(field.MaxLength, MaxAnswerLength)))]);
    }

    /// <summary>The submitted text of the single-answer modal.</summary>
    public static string? SubmittedText(JsonElement data) => SubmittedValues(data).GetValueOrDefault(CustomIds.AnswerField);

    /// <summary>Every submitted text input's value by its custom id, wherever it sits (action row or label).</summary>
    public static Dictionary<string, string> SubmittedValues(JsonElement data)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        Collect(data, values);
        return values;
    }

    private static void Collect(JsonElement data, Dictionary<string, string> values)
    {
        if (data.ValueKind == JsonValueKind.Object)
        {
            if (Interaction.Text(data, "custom_id") is { } id && Interaction.Text(data, "value") is { } value)
            {
                values.TryAdd(id, value);
            }

            foreach (var property in data.EnumerateObject())
            {
                // NameEquals compares the raw bytes: a name that is not valid UTF-8 cannot be read as a string.
                if (property.NameEquals("components") || property.NameEquals("component"))
                {
                    Collect(property.Value, values);
                }
            }
        }
        else if (data.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in data.EnumerateArray())
            {
                Collect(item, values);
            }
        }
    }

    private static JsonObject Modal(string customId, string title, params JsonObject[] inputs) => new()
    {
        ["custom_id"] = customId,
        ["title"] = title,
        ["components"] = new JsonArray([.. inputs.Select(input => (JsonNode)new JsonObject { ["type"] = 1, ["components"] = new JsonArray(input) })]),
    };

    private static JsonObject TextInput(string customId, string label, string? placeholder, int style, bool required, int maxLength)
    {
        var input = new JsonObject
        {
            ["type"] = 4,
            ["custom_id"] = customId,
            ["style"] = style,
            ["label"] = label,
            ["required"] = required,
            ["max_length"] = maxLength,
        };
        if (!string.IsNullOrEmpty(placeholder))
        {
            input["placeholder"] = placeholder;
        }

        return input;
    }
}
