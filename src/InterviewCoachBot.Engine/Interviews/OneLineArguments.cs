using System.Text.RegularExpressions;

namespace InterviewCoachBot.Engine.Interviews;

/// <summary>
/// Reads "/interview Acme | Backend Engineer | Dana | yesterday 3pm | video", or named parts such as
/// "/interview Acme | when: yesterday 3pm", into field answers.
/// </summary>
public static partial class OneLineArguments
{
    public static IReadOnlyDictionary<string, string> Parse(string arguments, InterviewFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        var positional = 0;
        foreach (var part in arguments.Split(['|', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var named = NamedPart().Match(part);
            var field = named.Success ? fields.Find(named.Groups["key"].Value) : null;
            if (field is not null)
            {
                answers[field.Key] = named.Groups["value"].Value;
                continue;
            }

            // Positional parts fill the fields still empty, in the wizard's order.
            while (positional < fields.All.Count && answers.ContainsKey(fields.All[positional].Key))
            {
                positional++;
            }

            if (positional < fields.All.Count)
            {
                answers[fields.All[positional++].Key] = part;
            }
        }

        return answers;
    }

    [GeneratedRegex(@"^(?<key>[a-z ]+?)\s*[:=]\s*(?<value>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamedPart();
}
