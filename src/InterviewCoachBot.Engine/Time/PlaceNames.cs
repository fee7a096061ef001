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
        foreach (var c in text.Normalize(NormalizationForm.FormD))
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

    private static void TrimEndSpace(StringBuilder builder)
    {
        while (builder.Length > 0 && builder[^1] == ' ')
        {
            builder.Length--;
        }
    }
}
