using InterviewCoachBot.Engine.Time;

namespace InterviewCoachBot.Engine.Nudges;

/// <summary>
/// When a rule's nudge falls, counted from its anchor: a fixed offset (<c>after: 3h</c>, <c>before: 1h</c>), or a local
/// day and clock time (<c>day: -1, at: "10:00"</c>), which follows the user's zone across daylight-saving changes.
/// With <paramref name="WorkingDay"/> the day moves forward to the user's next working day (a check-in, not a Saturday).
/// </summary>
public sealed record NudgeTiming(TimeSpan? Offset, int Day, TimeOnly? At, bool WorkingDay = false)
{
    public static NudgeTiming After(TimeSpan offset) => new(offset, 0, null);

    public static NudgeTiming OnDay(int day, TimeOnly at, bool workingDay = false) => new(null, day, at, workingDay);

    /// <summary>True when the nudge comes after its anchor, so moving it earlier must not cross the anchor.</summary>
    public bool FollowsAnchor => Offset is { } offset ? offset > TimeSpan.Zero : Day > 0 || WorkingDay;

    public DateTimeOffset DueFrom(DateTimeOffset anchor, TimeZoneInfo zone, WorkingDays workingDays)
    {
        ArgumentNullException.ThrowIfNull(workingDays);
        if (Offset is { } offset)
        {
            return anchor + offset;
        }

        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(anchor, zone).DateTime).AddDays(Day);
        if (WorkingDay)
        {
            day = workingDays.OnOrAfter(day);
        }

        return ZoneTimes.ToUtc(day.ToDateTime(At!.Value), zone, ZoneTimes.Ambiguity.Earlier);
    }
}
