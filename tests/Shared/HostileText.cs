using System.Globalization;
using System.Text;
using CsCheck;

namespace InterviewCoachBot.Testing;

/// <summary>
/// CsCheck generators for text a hostile or careless user could type: markup and mention syntax of both platforms,
/// right-to-left and zero-width characters, non-characters, lone surrogates, control characters and lengths around the
/// platforms' limits. Linked as source into every test project that needs it (one file, no shared test library).
/// </summary>
internal static class HostileText
{
    /// <summary>Pieces that mean something to one of the parsers, renderers or platforms.</summary>
    public static readonly string[] Specials =
    [
        // Telegram HTML and its entities.
        "<", ">", "&", "&amp;", "&lt;", "&#60;", "&#x3C;", "&#0;", "&#xD800;", "&quot;", "&nbsp;", "<b>", "</b>", "<i>x</i>",
        "<a href=\"tg://user?id=1\">", "<tg-spoiler>", "<pre>", "<code>", "<br>", "<script>",
        // Discord markdown.
        "\\", "\\\\", "*", "**", "_", "__", "~~", "||", "`", "```", "> ", ">>> ", "# ", "## ", "### ", "#### ", "-# ", "- ", "1. ",
        "[x](https://example.com)", "<https://example.com>", "https://example.com", ":smile:",
        // Mentions.
        "@everyone", "@here", "@EVERYONE", "<@123456789012345678>", "<@!1>", "<@&2>", "<#3>", "</help:4>", "<t:0:f>", "<:e:5>",
        "@CoachBot", "/help@CoachBot",
        // Bidirectional, invisible, odd and broken UTF-16.
        "\u202E", "\u202D", "\u200F", "\u200E", "\u2066", "\u2069", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD",
        "\u034F", "\u180E", "\uFFFD", "\uFFFE", "\uFFFF", "\uFDD0", "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDC00\uD800",
        "😀", "👩‍💻", "🇺🇦", "e\u0301", "\u0301", "Ω", "ß", "İ", "ı", "ﬃ", "١٢:٣٠", "١٢", "٣", "०", "߀", "\u0661",
        // Control characters and line breaks.
        "\0", "\a", "\b", "\u001B[31m", "\r", "\n", "\r\n", "\n\n", "\t", "\v", "\f", "\u0085", "\u2028", "\u2029", " ", "\u00A0", "\u3000",
        // Our own syntax: commands, button data, separators, dates and zones.
        "/", "//", "=", ":", "#", "|", ",", "-", "–", "+", "+14:00", "-25:99", "Z", "utc", "T", "10:30", "25:61", "99:99",
        "2026-11-30", "9999-12-31", "0001-01-01", "2026-02-30", "29/02", "13/13", "31 Nov", "next", "last", "ago", "in",
        "tomorrow", "tonight", "midnight", "noon", "am", "pm", "12am", "0pm", "fri", "sept", "2147483648", "99999999999999999999",
        "-1", "0", "1e9", "NaN", "Europe/Berlin", "Etc/GMT+14", "UTC+99", "GMT-3", "../../etc/passwd", "CON", "%s", "{0}", "'",
        "\"", "'; DROP TABLE users; --", "null", "undefined",
    ];

    /// <summary>Characters from every corner of UTF-16, surrogates and non-characters included.</summary>
    public static readonly Gen<char> AnyChar = Gen.Frequency(
        (4, Gen.Char['a', 'z']),
        (2, Gen.Char[' ', '~']),
        (1, Gen.Char['\0', '\u001F']),
        (1, Gen.Char['\u0080', '\u07FF']),
        (1, Gen.Char['\u0800', '\uD7FF']),
        (1, Gen.Char['\uD800', '\uDFFF']),
        (1, Gen.Char['\uE000', '\uFFFF']));

    /// <summary>Short words, so that separators and specials land between readable tokens.</summary>
    public static readonly Gen<string> Word = Gen.String[Gen.Char['a', 'z'], 1, 8];

    /// <summary>One piece of hostile text: a special, a word, a number or a run of arbitrary characters.</summary>
    public static readonly Gen<string> Piece = Gen.Frequency(
        (5, Gen.OneOf(Specials)),
        (3, Word),
        (2, Gen.Int[0, 99999].Select(n => n.ToString(CultureInfo.InvariantCulture))),
        (2, Gen.String[AnyChar, 1, 6]),
        (1, Gen.Const(" ")));

    /// <summary>Everyday-length hostile text: up to <paramref name="maxPieces"/> pieces glued together.</summary>
    public static Gen<string> Short(int maxPieces = 12) => Piece.Array[0, maxPieces].Select(string.Concat);

    /// <summary>Text a little under, at or over <paramref name="limit"/> characters, built from hostile pieces.</summary>
    public static Gen<string> AroundLength(int limit) =>
        Gen.Select(Short(6).Where(s => s.Length > 0), Gen.Int[-8, 8], Gen.OneOf("", " ", "\n", "\n\n"), (unit, delta, glue) =>
        {
            var builder = new StringBuilder();
            var target = limit + delta;
            while (builder.Length < target)
            {
                builder.Append(unit).Append(glue);
            }

            return builder.ToString(0, Math.Max(0, target));
        });

    /// <summary>Mostly short text, sometimes long text around <paramref name="limit"/>.</summary>
    public static Gen<string> Any(int limit) => Gen.Frequency((9, Short()), (1, AroundLength(limit)));

    /// <summary>
    /// The text with lone surrogates replaced by '?', for codec round trips: lone surrogates cannot reach the bot, because
    /// JSON writers replace them, so a codec need not keep them.
    /// </summary>
    public static string WellFormed(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var index = 0; index < text.Length;)
        {
            var status = Rune.DecodeFromUtf16(text.AsSpan(index), out _, out var length);
            builder.Append(status == System.Buffers.OperationStatus.Done ? text.AsSpan(index, length) : "?");
            index += length;
        }

        return builder.ToString();
    }

    /// <summary>Random bytes, half of the time shaped like text (a hostile string as UTF-8 with a few bytes flipped).</summary>
    public static readonly Gen<byte[]> Bytes = Gen.OneOf(
        Gen.Byte.Array[0, 300],
        Gen.Select(Short(30), Gen.Int[0, 5].SelectMany(n => Gen.Select(Gen.Int[0, 1000], Gen.Byte).Array[n]), (text, flips) =>
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            foreach (var (at, value) in flips)
            {
                if (bytes.Length > 0)
                {
                    bytes[at % bytes.Length] = value;
                }
            }

            return bytes;
        }));
}
