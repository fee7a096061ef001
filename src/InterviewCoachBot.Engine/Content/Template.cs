using System.Text;
using System.Text.RegularExpressions;

namespace InterviewCoachBot.Engine.Content;

/// <summary>A content text with <c>{name}</c> placeholders, checked against the names its place allows when loaded.</summary>
public sealed partial class Template
{
    private Template(string text, IReadOnlyList<string> placeholders)
    {
        Text = text;
        Placeholders = placeholders;
    }

    public string Text { get; }

    public IReadOnlyList<string> Placeholders { get; }

    /// <summary>Parses the text and refuses placeholders the bot cannot fill there.</summary>
    /// <returns>The template, or the problem to report.</returns>
    public static (Template? Template, string? Problem) Parse(string text, IReadOnlyCollection<string> allowed)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        var names = Placeholder().Matches(text).Select(match => match.Groups["name"].Value).Distinct(StringComparer.Ordinal).ToList();
        var unknown = names.Where(name => !allowed.Contains(name)).ToList();
        if (unknown.Count > 0)
        {
            var can = allowed.Count == 0 ? "no placeholders" : string.Join(", ", allowed.Select(name => "{" + name + "}"));
            return (null, $"unknown placeholder {{{unknown[0]}}}; this text can use {can}");
        }

        return (new Template(text, names), null);
    }

    /// <summary>Fills the placeholders; a value the caller doesn't have leaves the placeholder's name in brackets.</summary>
    public string Render(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var result = new StringBuilder(Text.Length + 64);
        var last = 0;
        foreach (Match match in Placeholder().Matches(Text))
        {
            result.Append(Text, last, match.Index - last);
            var name = match.Groups["name"].Value;
            result.Append(values.TryGetValue(name, out var value) ? value : $"[{name}]");
            last = match.Index + match.Length;
        }

        return result.Append(Text, last, Text.Length - last).ToString();
    }

    public override string ToString() => Text;

    [GeneratedRegex(@"\{(?<name>[a-z_]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
