using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewCoachBot.Adapters.Discord.Messages;

namespace InterviewCoachBot.Adapters.Discord.Interactions;

/// <summary>
/// The free-text answer modal: Discord bots without message intents cannot read typed messages, so a reply that asks
/// for typed text (<c>Reply.ExpectsText</c>) carries an "Answer" button, and pressing it opens this modal with one text input.
/// </summary>
internal static class ModalForm
{
    public const int MaxAnswerLength = 4000;

    /// <summary>Callback type 9 data.</summary>
    public static JsonObject Create(string ownerId) => new()
    {
        ["custom_id"] = CustomIds.Answer(ownerId),
        ["title"] = "Your answer",
        ["components"] = new JsonArray(new JsonObject
        {
            ["type"] = 1,
            ["components"] = new JsonArray(new JsonObject
            {
                ["type"] = 4,
                ["custom_id"] = CustomIds.AnswerField,
                ["style"] = 2,
                ["label"] = "Answer",
                ["required"] = true,
                ["max_length"] = MaxAnswerLength,
            }),
        }),
    };

    /// <summary>The submitted text, wherever the text input sits (action row or label).</summary>
    public static string? SubmittedText(JsonElement data)
    {
        if (data.ValueKind == JsonValueKind.Object)
        {
            if (Interaction.Text(data, "custom_id") == CustomIds.AnswerField && Interaction.Text(data, "value") is { } value)
            {
                return value;
            }

            foreach (var property in data.EnumerateObject())
            {
                // NameEquals compares the raw bytes: a name that is not valid UTF-8 cannot be read as a string.
                if ((property.NameEquals("components") || property.NameEquals("component")) && SubmittedText(property.Value) is { } nested)
                {
                    return nested;
                }
            }
        }
        else if (data.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in data.EnumerateArray())
            {
                if (SubmittedText(item) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }
}
