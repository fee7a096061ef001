using System.Globalization;

namespace InterviewCoachBot.Engine.Time;

/// <summary>Shows UTC instants as the user reads them: in their zone, "Tue 24 Nov 15:30".</summary>
public static class LocalTimes
{
    public static DateTime ToLocal(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).DateTime;

    /// <summary>The user's calendar day at that instant.</summary>
    public static DateOnly DayOf(DateTimeOffset instant, TimeZoneInfo zone) => DateOnly.FromDateTime(ToLocal(instant, zone));

    /// <summary>Day and time; the year only when it is not the year of <paramref name="now"/>.</summary>
    public static string Format(DateTimeOffset instant, TimeZoneInfo zone, DateTimeOffset now)
    {
        var local = ToLocal(instant, zone);
        var pattern = local.Year == ToLocal(now, zone).Year ? "ddd d MMM HH:mm" : "ddd d MMM yyyy HH:mm";
        return local.ToString(pattern, CultureInfo.InvariantCulture);
    }

    /// <summary>Just the clock time when the instant falls on the user's today, otherwise <see cref="Format"/>.</summary>
    public static string FormatNear(DateTimeOffset instant, TimeZoneInfo zone, DateTimeOffset now)
    {
        var local = ToLocal(instant, zone);
        var today = ToLocal(now, zone).Date;
        return local.Date == today
            ? "today " + local.ToString("HH:mm", CultureInfo.InvariantCulture)
            : local.Date == today.AddDays(1)
                ? "tomorrow " + local.ToString("HH:mm", CultureInfo.InvariantCulture)
                : Format(instant, zone, now);
    }

    /// <summary>The zone's id with its current offset, e.g. "Europe/Berlin (UTC+01:00)".</summary>
    public static string DescribeZone(TimeZoneInfo zone, DateTimeOffset now)
    {
        var offset = zone.GetUtcOffset(now);
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return string.Create(CultureInfo.InvariantCulture, $"{zone.Id} (UTC{sign}{offset.Duration():hh\\:mm})");
    }
}
