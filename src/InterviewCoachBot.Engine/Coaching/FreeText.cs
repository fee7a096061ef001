using System.Globalization;

namespace InterviewCoachBot.Engine.Coaching;

/// <summary>
/// Cleans what a user typed before it is stored or written into a note: one line, no control or invisible formatting
/// characters (such as a right-to-left override), bounded length.
/// </summary>
public static class FreeText
{
    public static string Clean(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(word => new string([.. word.Where(IsVisible)]))
            .Where(word => word.Length > 0);
        var joined = string.Join(' ', words);
        return joined.Length <= maxLength ? joined : joined[..(maxLength - 1)].TrimEnd() + "…";
    }

    private static bool IsVisible(char c) => !char.IsControl(c) && char.GetUnicodeCategory(c) != UnicodeCategory.Format;
}
