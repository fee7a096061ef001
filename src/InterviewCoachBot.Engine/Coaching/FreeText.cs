namespace InterviewCoachBot.Engine.Coaching;

/// <summary>Cleans what a user typed before it goes into a note or a draft: one line, no control characters, bounded length.</summary>
public static class FreeText
{
    public static string Clean(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var joined = string.Join(' ', words.Select(word => new string([.. word.Where(c => !char.IsControl(c)
            && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format)])))
            .Trim();
        return joined.Length <= maxLength ? joined : joined[..(maxLength - 1)].TrimEnd() + "…";
    }
}
