using System.Globalization;
using System.Text;

namespace InterviewCoachBot.Emulators.Telegram.Formatting;

/// <summary>
/// Telegram's <c>parse_mode=HTML</c>, modelled on tdlib's <c>parse_html</c>: only the tags Telegram allows
/// (b, strong, i, em, u, ins, s, strike, del, span class="tg-spoiler", tg-spoiler, a href, code, pre,
/// blockquote, tg-emoji), only the entities &amp;lt; &amp;gt; &amp;amp; &amp;quot; and numeric ones. Tags must
/// nest properly. Like tdlib, a bare '&amp;' or '&gt;' (or an unknown entity) is kept literally, while a bare '&lt;'
/// starts a tag and so fails. Error texts follow tdlib's, with byte offsets in UTF-8.
/// </summary>
internal static class HtmlEntityParser
{
    private static readonly Dictionary<string, string?> EntityTypes = new(StringComparer.Ordinal)
    {
        ["b"] = "bold",
        ["strong"] = "bold",
        ["i"] = "italic",
        ["em"] = "italic",
        ["u"] = "underline",
        ["ins"] = "underline",
        ["s"] = "strikethrough",
        ["strike"] = "strikethrough",
        ["del"] = "strikethrough",
        ["span"] = "spoiler",
        ["tg-spoiler"] = "spoiler",
        ["a"] = "text_link",
        ["code"] = "code",
        ["pre"] = "pre",
        ["blockquote"] = "blockquote",
        ["tg-emoji"] = "custom_emoji",
    };

    /// <exception cref="HtmlParseException">The text is not HTML that Telegram accepts.</exception>
    public static FormattedText Parse(string html)
    {
        var plain = new StringBuilder(html.Length);
        var open = new Stack<OpenTag>();
        var entities = new List<TextEntity>();
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '&')
            {
                if (TryDecodeEntity(html, i, out var decoded, out var consumed))
                {
                    plain.Append(decoded);
                    i += consumed;
                }
                else
                {
                    plain.Append('&');
                    i++;
                }

                continue;
            }

            if (c != '<')
            {
                plain.Append(c);
                i++;
                continue;
            }

            var begin = i;
            i++;
            if (i < html.Length && html[i] == '/')
            {
                i = ParseEndTag(html, begin, i + 1, open, plain.Length, entities);
            }
            else
            {
                var (tag, next) = ParseStartTag(html, begin, i);
                open.Push(tag with { PlainOffset = plain.Length });
                i = next;
            }
        }

        if (open.Count > 0)
        {
            throw new HtmlParseException($"Can't find end tag corresponding to start tag \"{open.Peek().Name}\"");
        }

        entities.Sort((a, b) => a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset) : b.Length.CompareTo(a.Length));
        return new FormattedText(plain.ToString(), entities);
    }

    private static (OpenTag Tag, int Next) ParseStartTag(string html, int begin, int i)
    {
        var nameStart = i;
        while (i < html.Length && !IsSpace(html[i]) && html[i] != '>')
        {
            i++;
        }

        if (i == html.Length)
        {
            throw Unclosed("start", html, begin);
        }

        var name = html[nameStart..i].ToLowerInvariant();
        if (!EntityTypes.ContainsKey(name))
        {
            throw new HtmlParseException($"Unsupported start tag \"{name}\" at byte offset {ByteOffset(html, begin)}");
        }

        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        while (true)
        {
            while (i < html.Length && IsSpace(html[i]))
            {
                i++;
            }

            if (i == html.Length)
            {
                throw Unclosed("start", html, begin);
            }

            if (html[i] == '>')
            {
                i++;
                break;
            }

            var attrStart = i;
            while (i < html.Length && !IsSpace(html[i]) && html[i] != '=' && html[i] != '>')
            {
                i++;
            }

            var attrName = html[attrStart..i].ToLowerInvariant();
            if (attrName.Length == 0)
            {
                throw new HtmlParseException($"Empty attribute name in the tag \"{name}\" at byte offset {ByteOffset(html, i)}");
            }

            while (i < html.Length && IsSpace(html[i]))
            {
                i++;
            }

            if (i == html.Length)
            {
                throw Unclosed("start", html, begin);
            }

            var value = "";
            if (html[i] == '=')
            {
                i++;
                while (i < html.Length && IsSpace(html[i]))
                {
                    i++;
                }

                if (i == html.Length)
                {
                    throw Unclosed("start", html, begin);
                }

                (value, i) = ParseAttributeValue(html, begin, i);
            }

            attributes[attrName] = value;
        }

        if (name == "span" && (!attributes.TryGetValue("class", out var cls) || cls != "tg-spoiler"))
        {
            throw new HtmlParseException($"Tag \"span\" must have class \"tg-spoiler\" at byte offset {ByteOffset(html, begin)}");
        }

        if (name == "tg-emoji" && !attributes.ContainsKey("emoji-id"))
        {
            throw new HtmlParseException($"Tag \"tg-emoji\" must have attribute \"emoji-id\" at byte offset {ByteOffset(html, begin)}");
        }

        return (new OpenTag(name, attributes, 0), i);
    }

    private static (string Value, int Next) ParseAttributeValue(string html, int begin, int i)
    {
        var value = new StringBuilder();
        if (html[i] is '"' or '\'')
        {
            var quote = html[i];
            i++;
            while (i < html.Length && html[i] != quote)
            {
                if (html[i] == '&' && TryDecodeEntity(html, i, out var decoded, out var consumed))
                {
                    value.Append(decoded);
                    i += consumed;
                }
                else
                {
                    value.Append(html[i]);
                    i++;
                }
            }

            if (i == html.Length)
            {
                throw Unclosed("start", html, begin);
            }

            return (value.ToString(), i + 1);
        }

        while (i < html.Length && !IsSpace(html[i]) && html[i] != '>')
        {
            value.Append(html[i]);
            i++;
        }

        return (value.ToString(), i);
    }

    private static int ParseEndTag(string html, int begin, int i, Stack<OpenTag> open, int plainOffset, List<TextEntity> entities)
    {
        var nameStart = i;
        while (i < html.Length && !IsSpace(html[i]) && html[i] != '>')
        {
            i++;
        }

        var name = html[nameStart..i].ToLowerInvariant();
        if (open.Count == 0)
        {
            throw new HtmlParseException($"Unexpected end tag at byte offset {ByteOffset(html, begin)}");
        }

        while (i < html.Length && IsSpace(html[i]))
        {
            i++;
        }

        if (i == html.Length || html[i] != '>')
        {
            throw Unclosed("end", html, begin);
        }

        var top = open.Peek();
        if (name != top.Name)
        {
            throw new HtmlParseException(
                $"Unmatched end tag at byte offset {ByteOffset(html, begin)}, expected \"</{top.Name}>\", found \"</{name}>\"");
        }

        open.Pop();
        var length = plainOffset - top.PlainOffset;
        var entity = ToEntity(top, length);
        if (entity is not null && length > 0)
        {
            entities.Add(entity);
        }

        return i + 1;
    }

    private static TextEntity? ToEntity(OpenTag tag, int length)
    {
        var type = EntityTypes[tag.Name]!;
        return tag.Name switch
        {
            "a" => tag.Attributes.TryGetValue("href", out var href) && href.Length > 0
                ? new TextEntity(type, tag.PlainOffset, length, Url: href)
                : null,
            "blockquote" => new TextEntity(
                tag.Attributes.ContainsKey("expandable") ? "expandable_blockquote" : type, tag.PlainOffset, length),
            "code" => new TextEntity(type, tag.PlainOffset, length, Language: LanguageOf(tag)),
            "pre" => new TextEntity(type, tag.PlainOffset, length),
            "tg-emoji" => new TextEntity(type, tag.PlainOffset, length, CustomEmojiId: tag.Attributes["emoji-id"]),
            _ => new TextEntity(type, tag.PlainOffset, length),
        };
    }

    private static string? LanguageOf(OpenTag tag) =>
        tag.Attributes.TryGetValue("class", out var cls) && cls.StartsWith("language-", StringComparison.Ordinal)
            ? cls["language-".Length..]
            : null;

    private static bool TryDecodeEntity(string html, int start, out string decoded, out int consumed)
    {
        decoded = "";
        consumed = 0;
        var end = html.IndexOf(';', start + 1);
        if (end < 0 || end - start > 12)
        {
            return false;
        }

        var body = html[(start + 1)..end];
        string? value = body switch
        {
            "lt" => "<",
            "gt" => ">",
            "amp" => "&",
            "quot" => "\"",
            _ => null,
        };
        if (value is null && body.Length > 1 && body[0] == '#')
        {
            var hex = body.Length > 2 && (body[1] == 'x' || body[1] == 'X');
            var digits = hex ? body[2..] : body[1..];
            if (int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code)
                && Rune.IsValid(code) && code != 0)
            {
                value = new Rune(code).ToString();
            }
        }

        if (value is null)
        {
            return false;
        }

        decoded = value;
        consumed = end - start + 1;
        return true;
    }

    private static HtmlParseException Unclosed(string kind, string html, int begin) =>
        new($"Unclosed {kind} tag at byte offset {ByteOffset(html, begin)}");

    private static int ByteOffset(string html, int charIndex) => Encoding.UTF8.GetByteCount(html.AsSpan(0, charIndex));

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\r' or '\n';

    private sealed record OpenTag(string Name, Dictionary<string, string> Attributes, int PlainOffset);
}

/// <summary>The HTML is not what Telegram accepts; the message is tdlib's error text.</summary>
internal sealed class HtmlParseException : Exception
{
    public HtmlParseException()
    {
    }

    public HtmlParseException(string message)
        : base(message)
    {
    }

    public HtmlParseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
