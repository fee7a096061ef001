namespace InterviewCoachBot.Engine.Nudges;

/// <summary>
/// When a rule's nudge falls, counted from its anchor: a fixed offset (<c>after: 3h</c>, <c>before: 1h</c>), or a local
/// day and clock time (<c>day: -1, at: "10:00"</c>), which follows the user's zone across daylight-saving changes.
/// </summary>
public sealed record NudgeTiming(TimeSpan? Offset, int Day, TimeOnly? At)
{
    public static NudgeTiming After(TimeSpan offset) => new(offset, 0, null);

    public static NudgeTiming OnDay(int day, TimeOnly at) => new(null, day, at);

    /// <summary>True when the nudge comes after its anchor, so moving it earlier must not cross the anchor.</summary>
    public bool FollowsAnchor => Offset is { } offset ? offset > TimeSpan.Zero : Day > 0;

    public DateTimeOffset DueFrom(DateTimeOffset anchor, TimeZoneInfo zone)
    {
        if (Offset is { } offset)
        {
            return anchor + offset;
        }

        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(anchor, zone).DateTime).AddDays(Day);
        return ZoneTimes.ToUtc(day.ToDateTime(At!.Value), zone, ZoneTimes.Ambiguity.Earlier);
    }
}
