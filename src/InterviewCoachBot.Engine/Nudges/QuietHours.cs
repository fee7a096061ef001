using System.Globalization;
using InterviewCoachBot.Engine.Time;

namespace InterviewCoachBot.Engine.Nudges;

/// <summary>A user's nightly quiet hours in local time, such as 21:00-08:00; no nudge is sent inside them.</summary>
public sealed record QuietHours(TimeOnly Start, TimeOnly End)
{
    /// <summary>How long before quiet hours start a nudge moved earlier is sent.</summary>
    public static readonly TimeSpan EarlierMargin = TimeSpan.FromMinutes(15);

    private static readonly TimeOnly Midday = new(12, 0);

    /// <summary>Reads "22:00-07:30" (also "22-7" and "10pm-7am"); start and end must differ.</summary>
    public static QuietHours? TryParse(string? text)
    {
        var parts = (text ?? string.Empty).Replace('–', '-').Split('-', StringSplitOptions.TrimEntries);
        return parts.Length == 2
            && MomentParser.ParseClock(parts[0]) is { } start
            && MomentParser.ParseClock(parts[1]) is { } end
            && start != end
                ? new QuietHours(start, end)
                : null;
    }

    /// <summary>Quiet over midday: reminders would come at night, so the hours were most likely typed the wrong way round.</summary>
    public bool CoversMidday => Contains(Midday);

    public QuietHours Swapped => new(End, Start);

    public override string ToString() =>
        Start.ToString("HH:mm", CultureInfo.InvariantCulture) + "-" + End.ToString("HH:mm", CultureInfo.InvariantCulture);

    public bool Contains(TimeOnly time) => Start < End ? time >= Start && time < End : time >= Start || time < End;

    /// <summary>The quiet period around <paramref name="instant"/> as UTC instants [start, end), or null when it is not quiet then.</summary>
    public (DateTimeOffset Start, DateTimeOffset End)? PeriodAt(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = LocalTimes.ToLocal(instant, zone);
        var time = TimeOnly.FromDateTime(local);
        if (!Contains(time))
        {
            return null;
        }

        var date = DateOnly.FromDateTime(local);
        var startDate = Start < End || time >= Start ? date : date.AddDays(-1);
        var endDate = Start < End || time < End ? date : date.AddDays(1);

        // On the night the clocks go back a clock time happens twice: take the last start at or before the instant and the
        // first end after it.
        var start = ZoneTimes.ToUtc(startDate.ToDateTime(Start), zone, ZoneTimes.Ambiguity.Later);
        if (start > instant)
        {
            start = ZoneTimes.ToUtc(startDate.ToDateTime(Start), zone, ZoneTimes.Ambiguity.Earlier);
        }

        var end = ZoneTimes.ToUtc(endDate.ToDateTime(End), zone, ZoneTimes.Ambiguity.Earlier);
        if (end <= instant)
        {
            end = ZoneTimes.ToUtc(endDate.ToDateTime(End), zone, ZoneTimes.Ambiguity.Later);
        }

        return (start, end);
    }

    /// <summary>
    /// Moves a nudge out of quiet hours: to their end, or, when that is not before <paramref name="expires"/>, to just before
    /// they start (but not before <paramref name="notBefore"/>). Null when neither works: the nudge is dropped.
    /// </summary>
    public DateTimeOffset? Adjust(DateTimeOffset due, DateTimeOffset expires, DateTimeOffset? notBefore, TimeZoneInfo zone)
    {
        if (PeriodAt(due, zone) is not { } period)
        {
            return due;
        }

        if (period.End < expires)
        {
            return period.End;
        }

        var earlier = period.Start - EarlierMargin;
        return earlier < expires && (notBefore is not { } bound || earlier > bound) ? earlier : null;
    }
}
