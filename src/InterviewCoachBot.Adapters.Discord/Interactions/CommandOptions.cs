using System.Globalization;
using System.Text.Json;
using InterviewCoachBot.Adapters.Discord.Commands;

namespace InterviewCoachBot.Adapters.Discord.Interactions;

/// <summary>Reads the options of a slash command or autocomplete interaction.</summary>
internal static class CommandOptions
{
    /// <summary>The arguments the engine expects: the interview number first, then the details.</summary>
    public static string Arguments(JsonElement data)
    {
        var interview = Find(data, SlashCommandDefinitions.InterviewOption) is { } number ? ValueText(number) : string.Empty;
        var details = Find(data, SlashCommandDefinitions.DetailsOption) is { } text ? ValueText(text) : string.Empty;
        return $"{interview} {details}".Trim();
    }

    public static string Name(JsonElement data) => Interaction.Text(data, "name") ?? string.Empty;

    /// <summary>The option the user is typing in, with what they typed so far.</summary>
    public static (string Name, string Typed)? Focused(JsonElement data)
    {
        foreach (var option in Flatten(data))
        {
            if (option.TryGetProperty("focused", out var focused) && focused.ValueKind == JsonValueKind.True)
            {
                // Discord may leave out the value of an option the user has not typed into yet.
                return (Interaction.Text(option, "name") ?? string.Empty, ValueText(option));
            }
        }

        return null;
    }

    private static JsonElement? Find(JsonElement data, string name)
    {
        foreach (var option in Flatten(data))
        {
            if (Interaction.Text(option, "name") == name && option.TryGetProperty("value", out _))
            {
                return option;
            }
        }

        return null;
    }

    /// <summary>Options at any depth (subcommands nest them).</summary>
    private static IEnumerable<JsonElement> Flatten(JsonElement parent)
    {
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty("options", out var options) || options.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        foreach (var option in options.EnumerateArray().Where(option => option.ValueKind == JsonValueKind.Object))
        {
            yield return option;
            foreach (var nested in Flatten(option))
            {
                yield return nested;
            }
        }
    }

    private static string ValueText(JsonElement option)
    {
        if (!option.TryGetProperty("value", out var value))
        {
            return string.Empty;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => Interaction.Text(value)?.Trim() ?? string.Empty,
            JsonValueKind.Number => value.TryGetInt64(out var whole) ? whole.ToString(CultureInfo.InvariantCulture) : value.GetRawText(),
            _ => value.GetRawText(),
        };
    }
}
