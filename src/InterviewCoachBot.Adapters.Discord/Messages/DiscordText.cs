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

    /// <summary>Discord's URL rule (simple-markdown): up to white space or '&lt;', without trailing punctuation.</summary>
    private const string UrlPattern = @"https?://[^\s<]+[^<.,:;""')\]\s]";

    /// <summary>
    /// Escapes Discord markdown (<c>\ * _ ~ | &gt; ` [ ]</c>, <c>#</c> headings and list markers; the brackets so that no
    /// text becomes a masked link) and breaks mentions (<c>@everyone</c>, <c>@here</c>, <c>&lt;@id&gt;</c>,
    /// <c>&lt;@&amp;id&gt;</c>, <c>&lt;#id&gt;</c>) with a zero-width space, even though every message also carries
    /// <c>allowed_mentions: {parse: []}</c>. URLs are kept as typed: Discord takes a URL whole, so a backslash in it would
    /// show and break the link. A <c>&lt;</c> that would open a link in angle brackets is escaped, so the brackets show (not
    /// possible right after a URL, which would take the backslash: there they still disappear).
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 16);
        var lineStart = true;
        var listNumber = false;
        var afterUrl = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == 'h' && Url().Match(text, i) is { Success: true } url)
            {
                escaped.Append(url.Value);
                i += url.Length - 1;
                lineStart = listNumber = false;
                afterUrl = true;
                continue;
            }

            // A backslash after a URL, or after the punctuation its rule leaves out at its end, would become part of it; a
            // lone ']' is harmless, as every '[' is escaped.
            if (afterUrl && c is ']' or ')' or '.' or ',' or ':' or ';' or '"' or '\'')
            {
                escaped.Append(c);
                continue;
            }

            afterUrl = false;

            if ((lineStart && (IsHeading(text, i) || IsBullet(text, i)))
                || (c == '.' && listNumber && i + 1 < text.Length && text[i + 1] == ' ')
                || (c == '<' && AngleLink().IsMatch(text.AsSpan(i))))
            {
                escaped.Append('\\');
            }

            if (c is '\\' or '*' or '_' or '~' or '|' or '>' or '`' or '[' or ']')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
            listNumber = char.IsAsciiDigit(c) && (lineStart || listNumber);
            lineStart = c == '\n' || (lineStart && c is ' ' or '\t');
        }

        // Keeps the case the user typed: "@EVERYONE" stays upper case, only broken.
        var broken = Mention().Replace(escaped.ToString(), match => match.Value + ZeroWidthSpace);
        return MassMention().Replace(broken, match => "@" + ZeroWidthSpace + match.Value[1..]);
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
    /// half of the piece, else at a space, else anywhere that does not cut an escape or a surrogate pair. A piece is a message
    /// of its own, so its start is a line start: one that would open a heading or a list there starts with a zero-width space.
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
            if (UrlAcross(rest, length) is { } url)
            {
                if (url.Index > 0)
                {
                    length = url.Index;
                }
                else
                {
                    // A URL longer than a message: its tail starts the next one, where it is no URL, so it is escaped there.
                    pieces.Add(rest[..length]);
                    rest = Escape(rest[length..url.Length]) + rest[url.Length..];
                    continue;
                }
            }

            pieces.Add(rest[..length].TrimEnd('\n'));
            rest = rest[length..];
            if (OpensBlock(rest))
            {
                rest = ZeroWidthSpace + rest;
            }
        }

        if (rest.Length > 0 || pieces.Count == 0)
        {
            pieces.Add(rest);
        }

        return pieces;
    }

    /// <summary>The URL, kept unescaped by <see cref="Escape"/>, that a cut at <paramref name="cut"/> would split, if any.</summary>
    private static Match? UrlAcross(string text, int cut)
    {
        for (var url = AnyUrl().Match(text); url.Success && url.Index < cut; url = url.NextMatch())
        {
            if (url.Index + url.Length > cut)
            {
                return url;
            }
        }

        return null;
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

    /// <summary>Whether text starting a message would open a heading or a list (escaping happened before it was a start).</summary>
    private static bool OpensBlock(string text)
    {
        var start = 0;
        while (start < text.Length && text[start] is ' ' or '\t')
        {
            start++;
        }

        var digits = start;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        var numbered = digits > start && digits + 1 < text.Length && text[digits] == '.' && text[digits + 1] == ' ';
        return start < text.Length && (numbered || IsHeading(text, start) || IsBullet(text, start));
    }

    /// <summary>"- " or "+ " opening a line would render as a list item ("* " is escaped anyway).</summary>
    private static bool IsBullet(string text, int index) =>
        text[index] is '-' or '+' && index + 1 < text.Length && text[index + 1] == ' ';

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

    /// <summary>A URL starting right here.</summary>
    [GeneratedRegex(@"\G" + UrlPattern, RegexOptions.CultureInvariant)]
    private static partial Regex Url();

    /// <summary>The same rule anywhere in a text, to find the URLs left as typed in escaped content.</summary>
    [GeneratedRegex(UrlPattern, RegexOptions.CultureInvariant)]
    private static partial Regex AnyUrl();

    /// <summary>The start of Discord's autolink rule, <c>&lt;scheme:/</c>, which shows a link without its angle brackets.</summary>
    [GeneratedRegex(@"\G<[^: >]+:/", RegexOptions.CultureInvariant)]
    private static partial Regex AngleLink();

    [GeneratedRegex("@(?:everyone|here)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MassMention();
}
