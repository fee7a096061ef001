using System.Buffers;
using System.Globalization;
using System.Text;

namespace InterviewCoachBot.Engine.Time;

/// <summary>Turns place names and zone ids into comparison keys, so that "São Paulo", "sao_paulo" and "Sao-Paulo" are equal.</summary>
internal static class PlaceNames
{
    /// <summary>
    /// Lower case, accents folded, apostrophes and dots dropped, "&amp;" read as "and", "saint" as "st",
    /// and every run of spaces, underscores, hyphens or other punctuation made one space. Slashes stay, so ids keep their shape.
    /// </summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in Decomposed(text))
        {
            switch (c)
            {
                case '\'' or '\u2019' or '.':
                    break;
                case '/':
                    TrimEndSpace(builder);
                    builder.Append('/');
                    break;
                case '&':
                    builder.Append(" and ");
                    break;
                case 'ß':
                    builder.Append("ss");
                    break;
                case 'æ' or 'Æ':
                    builder.Append("ae");
                    break;
                case 'œ' or 'Œ':
                    builder.Append("oe");
                    break;
                case 'ø' or 'Ø':
                    builder.Append('o');
                    break;
                case 'ł' or 'Ł':
                    builder.Append('l');
                    break;
                case 'đ' or 'Đ':
                    builder.Append('d');
                    break;
                case 'ı':
                    builder.Append('i');
                    break;
                case '+':
                    builder.Append('+');
                    break;
                default:
                    if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                    {
                        break;
                    }

                    if (char.IsLetterOrDigit(c))
                    {
                        builder.Append(char.ToLowerInvariant(c));
                    }
                    else if (builder.Length > 0 && builder[^1] is not (' ' or '/'))
                    {
                        builder.Append(' ');
                    }

                    break;
            }
        }

        TrimEndSpace(builder);
        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i] == "saint")
            {
                words[i] = "st";
            }
        }

        return string.Join(' ', words);
    }

    /// <summary>The place part of an IANA id: <c>America/Argentina/Buenos_Aires</c> gives "Buenos Aires".</summary>
    public static string CityOf(string zoneId) => zoneId[(zoneId.LastIndexOf('/') + 1)..].Replace('_', ' ');

    /// <summary>
    /// Canonical decomposition (accents split off). Normalizing throws on lone surrogates and non-characters such as
    /// U+FFFE, which anyone can type; they name no place, so they become spaces (separators) first.
    /// </summary>
    private static string Decomposed(string text)
    {
        var valid = new StringBuilder(text.Length);
        for (var index = 0; index < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out var length) == OperationStatus.Done && !IsNonCharacter(rune))
            {
                valid.Append(text, index, length);
            }
            else
            {
                valid.Append(' ');
            }

            index += length;
        }

        return valid.ToString().Normalize(NormalizationForm.FormD);
    }

    /// <summary>U+FDD0..U+FDEF and the last two code points of every plane are reserved as non-characters.</summary>
    private static bool IsNonCharacter(Rune rune) =>
        rune.Value is >= 0xFDD0 and <= 0xFDEF || (rune.Value & 0xFFFE) == 0xFFFE;

    private static void TrimEndSpace(StringBuilder builder)
    {
        while (builder.Length > 0 && builder[^1] == ' ')
        {
            builder.Length--;
        }
    }
}
