using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using InterviewCoachBot.Engine.Conversation;

namespace InterviewCoachBot.Adapters.Discord.Commands;

/// <summary>
/// One global slash command per engine verb, derived from <see cref="CommandCatalog"/>. Options are decided here, from the
/// verb and its usage line: an integer <c>interview</c> for verbs that act on one interview, then a string <c>details</c>
/// for the rest of the line.
/// </summary>
/// <remarks>
/// Every command works in guilds, in DMs with the bot and in private channels (<c>contexts</c> 0, 1, 2), and the app can be
/// installed to a guild or to a user (<c>integration_types</c> 0, 1).
/// </remarks>
internal sealed partial class SlashCommandDefinitions
{
    public const string InterviewOption = "interview";
    public const string DetailsOption = "details";

    /// <summary>Verbs that act on one interview, including the coaching verbs being built, whose usage may not show a number.</summary>
    private static readonly HashSet<string> InterviewVerbs = new(StringComparer.Ordinal)
    {
        "edit", "delete", "thankyou", "outcome", "followup", "call", "second", "checklist",
    };

    /// <summary>Verbs whose details take free text even when the usage line shows nothing after the number.</summary>
    private static readonly HashSet<string> DetailedVerbs = new(StringComparer.Ordinal)
    {
        "thankyou", "outcome", "followup", "call", "second", "checklist",
    };

    /// <summary>Verbs whose <c>details</c> are suggested while typing.</summary>
    private static readonly HashSet<string> AutocompletedDetails = new(StringComparer.Ordinal) { "timezone" };

    private const int MaxDescription = 100;

    public SlashCommandDefinitions(CommandCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var commands = new JsonArray();
        foreach (var info in catalog.Commands.Select(command => command.Info).Where(info => ValidName().IsMatch(info.Name)))
        {
            commands.Add(Command(info, ShapeOf(info)));
        }

        Json = commands;
        Hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(commands.ToJsonString())));
    }

    /// <summary>The body of <c>PUT /applications/{id}/commands</c>.</summary>
    public JsonArray Json { get; }

    /// <summary>SHA-256 of <see cref="Json"/>: registration happens only when it changes.</summary>
    public string Hash { get; }

    public static bool AutocompletesDetails(string verb) => AutocompletedDetails.Contains(verb);

    private static CommandShape ShapeOf(CommandInfo info)
    {
        var rest = info.Usage.Trim();
        var space = rest.IndexOf(' ', StringComparison.Ordinal);
        rest = space < 0 ? string.Empty : rest[(space + 1)..].Trim();
        var number = LeadingNumber().Match(rest);
        var interview = InterviewVerbs.Contains(info.Name) || number.Success;
        if (number.Success)
        {
            rest = rest[number.Length..].Trim();
        }

        var details = rest.Length > 0 || DetailedVerbs.Contains(info.Name);
        return new CommandShape(interview, details, rest);
    }

    private static JsonObject Command(CommandInfo info, CommandShape shape)
    {
        var options = new JsonArray();
        if (shape.Interview)
        {
            options.Add(new JsonObject
            {
                ["type"] = 4,
                ["name"] = InterviewOption,
                ["description"] = "Which interview (its number in /interviews)",
                ["required"] = false,
                ["min_value"] = 1,
                ["autocomplete"] = true,
            });
        }

        if (shape.Details)
        {
            options.Add(new JsonObject
            {
                ["type"] = 3,
                ["name"] = DetailsOption,
                ["description"] = Description(shape.DetailsHint, $"What you'd write after /{info.Name}"),
                ["required"] = false,
                ["max_length"] = 4000,
                ["autocomplete"] = AutocompletesDetails(info.Name),
            });
        }

        return new JsonObject
        {
            ["name"] = info.Name,
            ["type"] = 1,
            ["description"] = Description(info.Summary, $"/{info.Name}"),
            ["options"] = options,
            ["contexts"] = new JsonArray(0, 1, 2),
            ["integration_types"] = new JsonArray(0, 1),
        };
    }

    /// <summary>
    /// Discord wants 1–100 characters: one blank description fails the whole bulk overwrite (50035), so a blank one
    /// becomes <paramref name="fallback"/> and a long one is cut.
    /// </summary>
    private static string Description(string text, string fallback)
    {
        var description = string.IsNullOrWhiteSpace(text) ? fallback : text.Trim();
        return description.Length <= MaxDescription ? description : description[..(MaxDescription - 1)] + "…";
    }

    [GeneratedRegex(@"^[-_\p{Ll}\p{N}]{1,32}$")]
    private static partial Regex ValidName();

    /// <summary>"2", "N" or "[N]" first on the usage line: the interview number.</summary>
    [GeneratedRegex(@"^\[?(\d+|N)\]?(?=\s|$)")]
    private static partial Regex LeadingNumber();

    private sealed record CommandShape(bool Interview, bool Details, string DetailsHint);
}
