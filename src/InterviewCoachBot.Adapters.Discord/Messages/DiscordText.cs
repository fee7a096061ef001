using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using InterviewCoachBot.Engine.Messages;

namespace InterviewCoachBot.Adapters.Discord.Messages;

/// <summary>Turns the engine's plain text into Discord message content that shows exactly that text.</summary>
internal static partial class DiscordText
{
    /// <summary>Discord's limit on <c>content</c>.</summary>
    public const int MaxContentLength = 2000;

    private const char ZeroWidthSpace = '\u200B';

    /// <summary>
    /// Escapes Discord markdown (<c>\ * _ ~ | &gt; ` [ ]</c> and <c>#</c> headings; the brackets so that no text becomes a
    /// masked link) and breaks mentions (<c>@everyone</c>, <c>@here</c>, <c>&lt;@id&gt;</c>, <c>&lt;@&amp;id&gt;</c>,
    /// <c>&lt;#id&gt;</c>) with a zero-width space, even though every message also carries <c>allowed_mentions: {parse: []}</c>.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 16);
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (lineStart && IsHeading(text, i))
            {
                escaped.Append('\\');
            }

            if (c is '\\' or '*' or '_' or '~' or '|' or '>' or '`' or '[' or ']')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
            lineStart = c == '\n' || (lineStart && c is ' ' or '\t');
        }

        return Mention().Replace(escaped.ToString(), match => match.Value + ZeroWidthSpace)
            .Replace("@everyone", "@" + ZeroWidthSpace + "everyone", StringComparison.OrdinalIgnoreCase)
            .Replace("@here", "@" + ZeroWidthSpace + "here", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Follows the first mention of each shown time with a Discord timestamp (<c>&lt;t:unix:f&gt;</c>), which every reader's
    /// client renders in their own zone: the bot's text stays in the user's zone, others in a server see theirs too.
    /// </summary>
    public static string WithTimestamps(string escaped, IReadOnlyList<ShownMoment> moments)
    {
        ArgumentNullException.ThrowIfNull(moments);
        foreach (var moment in moments)
        {
            var at = escaped.IndexOf(moment.Text, StringComparison.Ordinal);
            if (at >= 0)
            {
                var stamp = string.Create(CultureInfo.InvariantCulture, $" (<t:{moment.Instant.ToUnixTimeSeconds()}:f>)");
                escaped = escaped.Insert(at + moment.Text.Length, stamp);
            }
        }

        return escaped;
    }

    /// <summary>
    /// Splits content into pieces of at most <paramref name="limit"/> characters, at a line break if there is one in the second
    /// half of the piece, else at a space, else anywhere that does not cut an escape or a surrogate pair.
    /// </summary>
    public static IReadOnlyList<string> Split(string content, int limit = MaxContentLength)
    {
        ArgumentNullException.ThrowIfNull(content);
        var pieces = new List<string>();
        var rest = content;
        while (rest.Length > limit)
        {
            var cut = rest.LastIndexOf('\n', limit - 1, limit / 2);
            if (cut < 0)
            {
                cut = rest.LastIndexOf(' ', limit - 1, limit / 2);
            }

            var length = cut > 0 ? cut + 1 : SafeCut(rest, limit);
            pieces.Add(rest[..length].TrimEnd('\n'));
            rest = rest[length..];
        }

        if (rest.Length > 0 || pieces.Count == 0)
        {
            pieces.Add(rest);
        }

        return pieces;
    }

    /// <summary>"# ", "## ", "### " or "-# " opening a line would render as a heading or subtext.</summary>
    private static bool IsHeading(string text, int index)
    {
        var hashes = index;
        if (text[hashes] == '-' && hashes + 1 < text.Length && text[hashes + 1] == '#')
        {
            hashes++;
        }

        var end = hashes;
        while (end < text.Length && text[end] == '#')
        {
            end++;
        }

        return end > hashes && end - hashes <= 3 && end < text.Length && text[end] == ' ';
    }

    private static int SafeCut(string text, int limit)
    {
        var cut = limit;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        // Do not leave a lone escaping backslash at the end of a piece.
        var backslashes = 0;
        for (var i = cut - 1; i >= 0 && text[i] == '\\'; i--)
        {
            backslashes++;
        }

        return backslashes % 2 == 1 ? cut - 1 : cut;
    }

    /// <summary>The start of a user, role or channel mention: <c>&lt;@</c>, <c>&lt;@!</c>, <c>&lt;@&amp;</c>, <c>&lt;#</c> before digits.</summary>
    [GeneratedRegex(@"<(@[!&]?|#)(?=\d)")]
    private static partial Regex Mention();
}
