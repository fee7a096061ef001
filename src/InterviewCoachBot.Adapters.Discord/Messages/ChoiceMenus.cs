using System.Globalization;
using System.Text.Json.Nodes;

namespace InterviewCoachBot.Adapters.Discord.Messages;

/// <summary>
/// Choices that do not fit Discord's five rows of five buttons, as string select menus: one option per button, 25 to a
/// menu, one menu per action row. Each option's value is the custom id the button would have had, so choosing it is
/// decoded and owner-checked exactly as pressing that button is.
/// </summary>
internal static class ChoiceMenus
{
    public const int MaxOptions = 25;
    private const int MaxOptionLabelLength = 100;
    private const int StringSelect = 3;

    /// <summary>Action rows for <paramref name="choices"/> (label and encoded custom id, distinct ids), at most <paramref name="maxRows"/>.</summary>
    public static IEnumerable<JsonObject> Rows(string ownerId, IReadOnlyList<(string Label, string CustomId)> choices, int maxRows)
    {
        var menus = choices.Chunk(MaxOptions).Take(maxRows).ToList();
        for (var i = 0; i < menus.Count; i++)
        {
            var options = new JsonArray([.. menus[i].Select(choice => (JsonNode)new JsonObject
            {
                ["label"] = DiscordMessageBuilder.Clip(choice.Label, MaxOptionLabelLength),
                ["value"] = choice.CustomId,
            })]);
            var menu = new JsonObject
            {
                ["type"] = StringSelect,
                ["custom_id"] = CustomIds.Menu(ownerId, i),
                ["placeholder"] = Placeholder(i, menus.Count, menus[i].Length),
                ["options"] = options,
            };
            yield return new JsonObject { ["type"] = 1, ["components"] = new JsonArray(menu) };
        }
    }

    private static string Placeholder(int index, int menus, int count)
    {
        if (menus == 1)
        {
            return "Choose…";
        }

        var first = (index * MaxOptions) + 1;
        return string.Create(CultureInfo.InvariantCulture, $"Choose ({first}–{first + count - 1})…");
    }
}
