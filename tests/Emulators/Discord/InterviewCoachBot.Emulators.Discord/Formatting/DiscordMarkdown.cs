using System.Text;
using System.Text.RegularExpressions;

namespace InterviewCoachBot.Emulators.Discord.Formatting;

/// <summary>
/// How a Discord client reads message content, as documented in Discord's "Markdown Text 101" and its markdown parser
/// (simple-markdown rules): a backslash before any character that is not an ASCII letter, digit or white space shows that
/// character literally; a URL (<c>http(s)://</c> up to white space or <c>&lt;</c>) is taken whole, backslashes included,
/// and one in angle brackets loses its brackets; everything else unescaped may be markup. Used to check that a bot's escaped text shows exactly what the user typed.
/// </summary>
/// <remarks>
/// Deliberately strict: paired markers (<c>* _ ` ~~ ||</c>) count as markup as soon as two unescaped ones are in the
/// content, even where Discord would need more (a closing marker right after a word), because content that only shows
/// literally by luck is a bug waiting for the next message.
/// </remarks>
public static partial class DiscordMarkdown
{
    private const char Hidden = '\uE000';

    public static RenderedContent Render(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var shown = new StringBuilder(content.Length);

        // Unescaped text outside links, with escaped characters and links hidden so they can never match markup.
        var live = new StringBuilder(content.Length);
        var markup = new List<string>();
        for (var i = 0; i < content.Length;)
        {
            // A URL right after "](" is the target of a masked link, which is checked on the live text below.
            var inLink = live.Length > 1 && live[^1] == '(' && live[^2] == ']';
            if (content[i] == '\\' && i + 1 < content.Length && !char.IsAsciiLetterOrDigit(content[i + 1]) && !char.IsWhiteSpace(content[i + 1]))
            {
                shown.Append(content[i + 1]);
                live.Append(Hidden);
                i += 2;
            }
            else if ((content[i] == '<' ? AngleLink().Match(content, i) : inLink ? Match.Empty : Url().Match(content, i)) is { Success: true } link)
            {
                if (link.Value[0] == '<')
                {
                    markup.Add("angle-bracket link " + link.Value);
                }

                shown.Append(link.Value);
                live.Append(Hidden, link.Length);
                i += link.Length;
            }
            else
            {
                shown.Append(content[i]);
                live.Append(content[i]);
                i++;
            }
        }

        AddMarkup(live.ToString(), markup);
        return new RenderedContent(shown.ToString(), markup);
    }

    private static void AddMarkup(string live, List<string> markup)
    {
        foreach (var (marker, name) in new[] { ("**", "bold"), ("__", "underline"), ("~~", "strikethrough"), ("||", "spoiler"), ("*", "italic"), ("_", "italic"), ("`", "code") })
        {
            if (Count(live, marker) >= 2)
            {
                markup.Add($"{name} {marker}");
            }
        }

        foreach (var (pattern, name) in Rules)
        {
            markup.AddRange(pattern.Matches(live).Select(match => $"{name} {match.Value.Trim()}"));
        }
    }

    private static int Count(string text, string marker)
    {
        var count = 0;
        for (var at = text.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = text.IndexOf(marker, at + marker.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static readonly (Regex Pattern, string Name)[] Rules =
    [
        (LineStart(@">>> |> "), "block quote"),
        (LineStart("#{1,3} "), "heading"),
        (LineStart("-# "), "subtext"),
        (LineStart("[-+*] |[0-9]{1,9}\\. "), "list"),
        (new Regex(@"\[[^\]\n]*\]\([^)\s]+\)", RegexOptions.CultureInvariant), "masked link"),
        (new Regex(@"@everyone|@here", RegexOptions.CultureInvariant), "mass mention"),
        (new Regex("<@!?[0-9]+>", RegexOptions.CultureInvariant), "user mention"),
        (new Regex("<@&[0-9]+>", RegexOptions.CultureInvariant), "role mention"),
        (new Regex("<#[0-9]+>", RegexOptions.CultureInvariant), "channel mention"),
        (new Regex(@"</[^\s:>]+(?: [^\s:>]+){0,2}:[0-9]+>", RegexOptions.CultureInvariant), "command mention"),
        (new Regex("<a?:[A-Za-z0-9_]+:[0-9]+>", RegexOptions.CultureInvariant), "custom emoji"),
        (new Regex("<t:-?[0-9]+(?::[tTdDfFR])?>", RegexOptions.CultureInvariant), "timestamp"),
    ];

    // Patterns use [0-9], not \d: Discord's client is JavaScript, where \d means ASCII digits only.

    /// <summary>Block syntax counts at the start of a line, also after indentation.</summary>
    private static Regex LineStart(string syntax) => new($"(?m)^[ \t]*(?:{syntax})", RegexOptions.CultureInvariant);

    /// <summary>simple-markdown's URL rule: the link ends before white space or '&lt;' and drops trailing punctuation.</summary>
    [GeneratedRegex(@"\Ghttps?://[^\s<]+[^<.,:;""')\]\s]", RegexOptions.CultureInvariant)]
    private static partial Regex Url();

    /// <summary>simple-markdown's autolink rule: <c>&lt;scheme:/...&gt;</c> shows the link without its brackets.</summary>
    [GeneratedRegex(@"\G<[^: >]+:/[^ >]+>", RegexOptions.CultureInvariant)]
    private static partial Regex AngleLink();
}
