namespace InterviewCoachBot.Engine.Text;

/// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours each cost one.</summary>
internal static class EditDistance
{
    /// <summary>The distance between <paramref name="a"/> and <paramref name="b"/>, or <paramref name="max"/> + 1 once it is known to exceed <paramref name="max"/>.</summary>
    public static int Between(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        var beforePrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, beforePrevious[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }

        return Math.Min(previous[b.Length], max + 1);
    }

    /// <summary>How many leading characters the two strings share.</summary>
    public static int CommonPrefix(string a, string b)
    {
        var length = Math.Min(a.Length, b.Length);
        var i = 0;
        while (i < length && a[i] == b[i])
        {
            i++;
        }

        return i;
    }

    /// <summary>How many edits still read as a typo of a word this long: short words tolerate fewer, very short none.</summary>
    public static int TypoAllowance(int length) => length switch
    {
        < 3 => 0,
        <= 5 => 1,
        <= 10 => 2,
        _ => 3,
    };
}
