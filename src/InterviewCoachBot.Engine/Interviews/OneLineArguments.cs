using System.Text.RegularExpressions;

namespace InterviewCoachBot.Engine.Interviews;

/// <summary>
/// Reads "/interview Acme | Backend Engineer | Dana | yesterday 3pm | video", or named parts such as
/// "/interview Acme | when: yesterday 3pm", into field answers. Only '|' separates, so names such as "O;Brien" or
/// "AT&amp;T" stay whole; an empty part keeps its place and leaves that field for the wizard to ask.
/// </summary>
public static partial class OneLineArguments
{
    public static OneLineForm Parse(string arguments, InterviewFields fields)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(fields);
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        if (arguments.Trim().Length == 0)
        {
            return new OneLineForm(answers, PartCount: 0, TooMany: false);
        }

        var parts = arguments.Split('|', StringSplitOptions.TrimEntries);
        var positional = 0;
        foreach (var part in parts)
        {
            var named = NamedPart().Match(part);
            var field = named.Success ? fields.Find(named.Groups["key"].Value) : null;
            if (field is not null)
            {
                answers[field.Key] = named.Groups["value"].Value;
                continue;
            }

            // Positional parts fill the fields not named, in the wizard's order.
            while (positional < fields.All.Count && answers.ContainsKey(fields.All[positional].Key))
            {
                positional++;
            }

            if (positional < fields.All.Count && part.Length > 0)
            {
                answers[fields.All[positional].Key] = part;
            }

            positional++;
        }

        return new OneLineForm(answers, parts.Length, TooMany: positional > fields.All.Count);
    }

    [GeneratedRegex(@"^(?<key>[a-z ]+?)\s*[:=]\s*(?<value>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamedPart();
}
