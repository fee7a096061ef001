using System.Globalization;

namespace InterviewCoachBot.Engine.Nudges;

/// <summary>Durations as content writes them: a whole number and a unit, <c>90s</c>, <c>30m</c>, <c>3h</c>, <c>2d</c>.</summary>
public static class NudgeDurations
{
    public static TimeSpan? TryParse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length < 2 || !int.TryParse(trimmed.AsSpan(0, trimmed.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount > 100_000)
        {
            return null;
        }

        return trimmed[^1] switch
        {
            's' => TimeSpan.FromSeconds(amount),
            'm' => TimeSpan.FromMinutes(amount),
            'h' => TimeSpan.FromHours(amount),
            'd' => TimeSpan.FromDays(amount),
            _ => null,
        };
    }
}
