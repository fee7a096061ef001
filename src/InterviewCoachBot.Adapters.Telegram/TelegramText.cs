using System.Text;

namespace InterviewCoachBot.Adapters.Telegram;

/// <summary>
/// The engine's plain text as Telegram HTML: every <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> escaped, so nothing a user typed
/// can become markup, and long texts cut into parts Telegram accepts.
/// </summary>
internal static class TelegramText
{
    /// <summary>Telegram's limit for one message, in characters after entity parsing (UTF-16 code units).</summary>
    public const int MaxMessageLength = 4096;

    public static string EscapeHtml(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny('<', '>', '&') < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                _ => null,
            } ?? c.ToString());
        }

        return builder.ToString();
    }

    /// <summary>
    /// Cuts plain text into parts of at most <paramref name="maxLength"/> characters, preferring a paragraph break, then a
    /// line break, then a space; a word longer than a part is cut, never inside a surrogate pair.
    /// </summary>
    public static IReadOnlyList<string> Split(string text, int maxLength = MaxMessageLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        var parts = new List<string>();
        var rest = text.AsSpan().TrimEnd();
        while (rest.Length > maxLength)
        {
            var cut = CutPoint(rest[..(maxLength + 1)], maxLength);
            var part = rest[..cut].TrimEnd();
            if (part.Length > 0)
            {
                parts.Add(part.ToString());
            }

            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0 || parts.Count == 0)
        {
            parts.Add(rest.ToString());
        }

        return parts;
    }

    /// <param name="window">The first <paramref name="maxLength"/> + 1 characters, so a break right after the limit counts.</param>
    private static int CutPoint(ReadOnlySpan<char> window, int maxLength)
    {
        // Only accept a break in the second half, so a part is never tiny.
        var floor = maxLength / 2;
        foreach (var separator in new[] { "\n\n", "\n", " " })
        {
            var at = window.LastIndexOf(separator.AsSpan());
            if (at >= floor)
            {
                return at;
            }
        }

        return char.IsHighSurrogate(window[maxLength - 1]) ? maxLength - 1 : maxLength;
    }
}
