using InterviewCoachBot.Engine.Time;

namespace InterviewCoachBot.Engine.Nudges;

/// <summary>Where a snooze lands: a delay from now or the next local morning, moved out of quiet hours, and only before the nudge expires.</summary>
public static class SnoozeTimes
{
    public const string MorningArgument = "morning";

    /// <summary>The next time the local clock shows <paramref name="morning"/>, at least an hour from now.</summary>
    public static DateTimeOffset NextMorning(DateTimeOffset now, TimeZoneInfo zone, TimeOnly morning)
    {
        var today = DateOnly.FromDateTime(LocalTimes.ToLocal(now, zone));
        var candidate = ZoneTimes.ToUtc(today.ToDateTime(morning), zone, ZoneTimes.Ambiguity.Earlier);
        return candidate - now >= TimeSpan.FromHours(1)
            ? candidate
            : ZoneTimes.ToUtc(today.AddDays(1).ToDateTime(morning), zone, ZoneTimes.Ambiguity.Earlier);
    }

    /// <returns>The new due time, or null when it would not come before <paramref name="expires"/>.</returns>
    public static DateTimeOffset? Land(DateTimeOffset target, DateTimeOffset now, DateTimeOffset expires, QuietHours? quiet, TimeZoneInfo zone)
    {
        var due = quiet is null ? target : quiet.Adjust(target, expires, now, zone);
        return due is { } at && at > now && at < expires ? at : null;
    }
}
