using System.Globalization;
using System.Text.RegularExpressions;

namespace InterviewCoachBot.Engine.Time;

/// <summary>
/// Reads when an interview took place or will take place, as a candidate types it in their own zone:
/// "tomorrow 10:30", "tmrw 9", "this morning", "mon 9:00", "25 Nov 14:30", "2 hours ago", "2026-11-01T05:30Z".
/// </summary>
/// <remarks>
/// <para>
/// Wall-clock text is read in the user's zone and returned in UTC. A wall time the clocks skip is rejected with the jump
/// explained; one they pass twice comes back as <see cref="MomentParseResult.AmbiguousLocalTime"/>. Text with an explicit
/// offset or Z is an exact instant and bypasses the zone. Relative amounts ("in 2 days") move the instant <c>now</c>,
/// so they ignore DST.
/// </para>
/// <para>
/// Numeric dates are accepted when only one reading is a real date: "25/11" as day/month, "11/25" as month/day.
/// When both readings are real dates ("5/11") the text is rejected and the user is asked for "5 Nov", because the
/// user's locale is unknown and a wrong guess would be stored silently. "5/5" is accepted: both readings agree.
/// </para>
/// <para>
/// Without a year, the year that puts the date nearest to today is used. A day without a time is rejected rather than
/// guessed, but a part of the day stands for its usual hour ("this morning" 09:00, "yesterday afternoon" 15:00, "tonight"
/// and "this evening" 19:00). An hour without minutes ("tmrw 9") is read on the 24-hour clock, except 1 to 7, which
/// people mean as often in the afternoon as at night, so they are asked for am or pm. "tonight" with an hour from 1 to 11
/// and no am/pm means the evening; "midnight" is the start of the day it names, like 12am. Typed years must lie within
/// <see cref="DayParser.MaxYearsAway"/> years of now.
/// </para>
/// <para>
/// "next fri" typed when Friday is tomorrow or the day after is asked back with both dates, since people mean either.
/// </para>
/// </remarks>
public sealed partial class MomentParser
{
    private const int MaxLength = 100;
    private const string Example = "tomorrow 10:30";
    private const string Clock =
        "(?<clock>noon|midnight|(?<hour>[0-9]{1,2})(?::(?<minute>[0-9]{2}))? ?(?<half>am|pm)|(?<hour>[0-9]{1,2}):(?<minute>[0-9]{2}))";

    private static readonly Dictionary<string, TimeSpan> Units = new(StringComparer.Ordinal)
    {
        ["min"] = TimeSpan.FromMinutes(1),
        ["mins"] = TimeSpan.FromMinutes(1),
        ["minute"] = TimeSpan.FromMinutes(1),
        ["minutes"] = TimeSpan.FromMinutes(1),
        ["hr"] = TimeSpan.FromHours(1),
        ["hrs"] = TimeSpan.FromHours(1),
        ["hour"] = TimeSpan.FromHours(1),
        ["hours"] = TimeSpan.FromHours(1),
        ["day"] = TimeSpan.FromDays(1),
        ["days"] = TimeSpan.FromDays(1),
        ["week"] = TimeSpan.FromDays(7),
        ["weeks"] = TimeSpan.FromDays(7),
    };

    private static readonly Dictionary<string, TimeOnly> NamedClocks = new(StringComparer.Ordinal)
    {
        ["noon"] = new TimeOnly(12, 0),
        ["midnight"] = TimeOnly.MinValue,
    };

    // "this morning" and "tonight" name a part of the day; it stands for the hour people usually mean by it.
    private static readonly Dictionary<string, TimeOnly> PartsOfDay = new(StringComparer.Ordinal)
    {
        ["morning"] = new TimeOnly(9, 0),
        ["afternoon"] = new TimeOnly(15, 0),
        ["evening"] = new TimeOnly(19, 0),
        ["tonight"] = new TimeOnly(19, 0),
    };

    private static readonly HashSet<string> Vocabulary =
        [.. Units.Keys, .. NamedClocks.Keys, .. PartsOfDay.Keys, .. DayParser.Keywords, "now", "in", "ago", "a", "an", "am", "pm", "at", "on", "by", "z", "utc"];

    /// <param name="upcoming">A bare weekday ("fri 14:00") means the coming one, for something still ahead such as a call.</param>
    public MomentParseResult Parse(string? text, DateTimeOffset now, TimeZoneInfo zone, bool upcoming = false)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var shown = text?.Trim() ?? string.Empty;
        if (shown.Length == 0)
        {
            return Reject($"Please type a date and time. Try: {Example}");
        }

        if (shown.Length > MaxLength)
        {
            return Reject(string.Create(
                CultureInfo.InvariantCulture, $"That is longer than {MaxLength} characters; a date and time is much shorter. Try: {Example}"));
        }

        var input = Normalize(shown);
        return input == "now"
            ? new MomentParseResult.Parsed(now.ToUniversalTime())
            : ParseRelative(input, now) ?? ParseWallClock(input, shown, now, zone, upcoming);
    }

    /// <summary>
    /// Reads a calendar day without a time ("fri", "by fri", "27 Nov", "2026-11-27", "in 5 days", "next week" as its
    /// Friday), as a decision date is given.
    /// </summary>
    /// <returns>The day in the user's calendar, or why the text is not one (with an example).</returns>
    public (DateOnly? Day, string? Problem) ParseDay(string? text, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        const string example = "Try: fri, by fri, 27 Nov, next week or in 5 days";
        var shown = text?.Trim() ?? string.Empty;
        if (shown.Length == 0 || shown.Length > MaxLength)
        {
            return (null, $"Please type a day. {example}");
        }

        // "by fri" is how a deadline is said; the day is the same.
        var input = ByPrefix().Replace(Normalize(shown), string.Empty);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        if (input == "next week")
        {
            // "They'll decide next week": by the end of its working week, Friday.
            return (today.AddDays(7 - (((int)today.DayOfWeek + 6) % 7) + 4), null);
        }

        switch (ParseRelative(input, now))
        {
            case MomentParseResult.Parsed relative:
                return (DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(relative.Utc, zone).DateTime), null);
            case MomentParseResult.Rejected tooFar:
                return (null, tooFar.Reason);
        }

        return DayParser.Parse(input, today, upcoming: true) switch
        {
            { Problem: { } problem } => (null, problem),
            { } day => (day.Value, null),
            null => (null, $"I couldn't read \"{shown}\" as a day. {example}"),
        };
    }

    /// <summary>Reads a time of day alone ("22:00", "10pm", "7:30am", "noon", "22"); an hour alone is on the 24-hour clock.</summary>
    /// <returns>The time, or null when the text is not one.</returns>
    public static TimeOnly? ParseClock(string? text)
    {
        var match = ClockAlone().Match(Normalize(text ?? string.Empty));
        return match.Success && ReadClock(match, evening: false) is { Problem: null } clock ? clock.Value : null;
    }

    // Commas, "at", "on" and the ISO "T" only separate the parts, so they become spaces.
    private static string Normalize(string text) =>
        Spaces().Replace(Separators().Replace(text.ToLowerInvariant(), " "), " ").Trim();

    private static MomentParseResult? ParseRelative(string input, DateTimeOffset now)
    {
        var match = Relative().Match(input);
        if (!match.Success || !Units.TryGetValue(match.Groups["unit"].Value, out var unit))
        {
            return null;
        }

        var amount = match.Groups["amount"].Value;
        var count = amount is "a" or "an" ? 1 : int.TryParse(amount, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue;
        if (unit.TotalDays * count > DayParser.MaxYearsAway * 365.0)
        {
            return Reject($"That is {DayParser.Beyond(ago: match.Groups["ago"].Success)}. Try: in 2 days");
        }

        var span = unit * count;
        return new MomentParseResult.Parsed((match.Groups["ago"].Success ? now - span : now + span).ToUniversalTime());
    }

    private static MomentParseResult ParseWallClock(string input, string shown, DateTimeOffset now, TimeZoneInfo zone, bool upcoming)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var exact = WithOffset().Match(input);
        var local = ReadLocal(exact.Success ? exact.Groups["local"].Value : input, shown, today, upcoming);
        if (local.Problem is { } problem)
        {
            return Reject(problem);
        }

        if (!exact.Success)
        {
            return InZone(local.Value, zone);
        }

        var offset = ReadOffset(exact);
        return offset.Problem is { } badOffset
            ? Reject(badOffset)
            : new MomentParseResult.Parsed(new DateTimeOffset(local.Value, offset.Value).ToUniversalTime());
    }

    private static Reading<DateTime> ReadLocal(string text, string shown, DateOnly today, bool upcoming)
    {
        var match = DayThenClock().Match(text);
        if (!match.Success)
        {
            match = ClockThenDay().Match(text);
        }

        if (!match.Success)
        {
            return WithoutClock(text, shown, today, upcoming);
        }

        var dayText = match.Groups["day"].Value;
        return OnDay(dayText, shown, today, upcoming, ReadClock(match, evening: dayText == "tonight"));
    }

    private static Reading<DateTime> OnDay(string dayText, string shown, DateOnly today, bool upcoming, Reading<TimeOnly> clock)
    {
        if (DayParser.Parse(dayText, today, upcoming) is not { } day)
        {
            return Reading<DateTime>.Fail(Unreadable(shown));
        }

        return (day.Problem ?? clock.Problem) is { } problem
            ? Reading<DateTime>.Fail(problem)
            : Reading<DateTime>.Of(day.Value.ToDateTime(clock.Value));
    }

    private static Reading<DateTime> WithoutClock(string text, string shown, DateOnly today, bool upcoming)
    {
        var part = PartOfDay().Match(text);
        if (part.Success)
        {
            // "this morning" is today's; "tonight" alone names its day itself.
            var partDay = part.Groups["day"].Value is "this" ? string.Empty : part.Groups["day"].Value;
            return OnDay(partDay, shown, today, upcoming, Reading<TimeOnly>.Of(PartsOfDay[part.Groups["part"].Value]));
        }

        // A day alone ("dec 12" too, though it ends like an hour) needs a time.
        if (text.Length > 0 && DayParser.Parse(text, today) is { } day)
        {
            return Reading<DateTime>.Fail(day.Problem ?? $"Add a time, for example: {text} 10:30");
        }

        var bareHour = BareHour().Match(text);
        if (bareHour.Success)
        {
            var hourDay = bareHour.Groups["day"].Value;
            return OnDay(hourDay, shown, today, upcoming, ReadBareHour(text, DayParser.Number(bareHour.Groups["hour"]), evening: hourDay == "tonight"));
        }

        return Reading<DateTime>.Fail(Unreadable(shown));
    }

    private static Reading<TimeOnly> ReadBareHour(string text, int hour, bool evening) => hour switch
    {
        >= 1 and <= 11 when evening => Reading<TimeOnly>.Of(new TimeOnly(hour + 12, 0)),
        >= 1 and <= 7 => Reading<TimeOnly>.Fail(string.Create(
            CultureInfo.InvariantCulture, $"\"{text}\" could be {hour:00}:00 or {hour + 12}:00; add am or pm. Try: {text}pm")),
        _ => Reading<TimeOnly>.Of(new TimeOnly(hour, 0)),
    };

    private static Reading<TimeOnly> ReadClock(Match match, bool evening)
    {
        var text = match.Groups["clock"].Value;
        if (NamedClocks.TryGetValue(text, out var named))
        {
            return Reading<TimeOnly>.Of(named);
        }

        var hour = DayParser.Number(match.Groups["hour"]);
        var minute = DayParser.OptionalNumber(match.Groups["minute"]) ?? 0;
        var half = match.Groups["half"].Value;
        var problem = minute > 59 ? "minutes go up to 59. Try: 10:30"
            : half.Length > 0 && hour is < 1 or > 12 ? "with am or pm the hour goes from 1 to 12. Try: 3pm"
            : hour > 23 ? "hours go from 0 to 23. Try: 14:30"
            : null;
        if (problem is not null)
        {
            return Reading<TimeOnly>.Fail($"\"{text}\" is not a real time: {problem}");
        }

        // 12am is midnight and 12pm is noon; "tonight 7:30" means the evening.
        hour = half switch
        {
            "am" => hour % 12,
            "pm" => (hour % 12) + 12,
            _ => evening && hour is >= 1 and <= 11 ? hour + 12 : hour,
        };
        return Reading<TimeOnly>.Of(new TimeOnly(hour, minute));
    }

    private static Reading<TimeSpan> ReadOffset(Match match)
    {
        if (!match.Groups["sign"].Success)
        {
            return Reading<TimeSpan>.Of(TimeSpan.Zero);
        }

        var hours = DayParser.Number(match.Groups["hours"]);
        var minutes = DayParser.OptionalNumber(match.Groups["minutes"]) ?? 0;
        var offset = new TimeSpan(hours, minutes, 0);
        if (minutes > 59 || offset > TimeSpan.FromHours(14))
        {
            return Reading<TimeSpan>.Fail(
                $"\"{match.Groups["offset"].Value}\" is not a UTC offset: offsets go from -14:00 to +14:00. Try: 14:30 +01:00");
        }

        return Reading<TimeSpan>.Of(match.Groups["sign"].Value == "-" ? -offset : offset);
    }

    private static MomentParseResult InZone(DateTime local, TimeZoneInfo zone)
    {
        if (zone.IsInvalidTime(local))
        {
            return Reject(Skipped(local, zone));
        }

        if (!zone.IsAmbiguousTime(local))
        {
            return new MomentParseResult.Parsed(new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone)));
        }

        var instants = zone.GetAmbiguousTimeOffsets(local)
            .Select(offset => new DateTimeOffset(local, offset).ToUniversalTime())
            .Order()
            .ToArray();
        return new MomentParseResult.AmbiguousLocalTime(local, instants[0], instants[^1]);
    }

    private static string Skipped(DateTime local, TimeZoneInfo zone)
    {
        // No zone is more than 14 hours from UTC, so the jump lies within 14 hours of the wall time read as UTC.
        var wall = new DateTimeOffset(local, TimeSpan.Zero);
        var jump = FirstInstantOfNewOffset(zone, wall.AddHours(-14), wall.AddHours(14));
        var before = zone.GetUtcOffset(jump.AddMinutes(-1));
        var after = zone.GetUtcOffset(jump);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{local:HH:mm} does not exist on {local:ddd d MMM} in {zone.Id}: the clocks jump from {jump.ToOffset(before):HH:mm} to {jump.ToOffset(after):HH:mm}. Try: {local + (after - before):d MMM yyyy HH:mm}");
    }

    private static DateTimeOffset FirstInstantOfNewOffset(TimeZoneInfo zone, DateTimeOffset from, DateTimeOffset to)
    {
        // Offsets change on whole minutes, so halving a whole-minute window down to one minute finds the jump exactly.
        var oldOffset = zone.GetUtcOffset(from);
        while (to - from > TimeSpan.FromMinutes(1))
        {
            var middle = from.AddMinutes(Math.Floor((to - from).TotalMinutes / 2));
            (from, to) = zone.GetUtcOffset(middle) == oldOffset ? (middle, to) : (from, middle);
        }

        return to;
    }

    private static string Unreadable(string shown)
    {
        var unknown = Words().Matches(shown)
            .Select(word => word.Value.ToLowerInvariant())
            .FirstOrDefault(word => !Vocabulary.Contains(word) && !DayParser.IsName(word));
        var because = unknown is null ? string.Empty : $": I don't know the word \"{unknown}\"";
        return $"I couldn't read \"{shown}\" as a date and time{because}. Try: {Example}";
    }

    private static MomentParseResult.Rejected Reject(string reason) => new(reason);

    [GeneratedRegex(@",|\b(?:at|on)\b|(?<=[0-9]{4}-[0-9]{1,2}-[0-9]{1,2})t(?=[0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Separators();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\b\p{L}+\b", RegexOptions.CultureInvariant)]
    private static partial Regex Words();

    [GeneratedRegex("^(?:in (?<amount>[0-9]+|an?) (?<unit>[a-z]+)|(?<amount>[0-9]+|an?) (?<unit>[a-z]+) (?<ago>ago))$", RegexOptions.CultureInvariant)]
    private static partial Regex Relative();

    [GeneratedRegex("^(?<local>.*:[0-9]{2}) ?(?<offset>z|utc|(?<sign>[+-])(?<hours>[0-9]{2}):?(?<minutes>[0-9]{2})?)$", RegexOptions.CultureInvariant)]
    private static partial Regex WithOffset();

    [GeneratedRegex("^(?:(?<day>.+?) )?" + Clock + "$", RegexOptions.CultureInvariant)]
    private static partial Regex DayThenClock();

    [GeneratedRegex("^(?:" + Clock + "|(?<clock>(?<hour>[0-9]{1,2})))$", RegexOptions.CultureInvariant)]
    private static partial Regex ClockAlone();

    [GeneratedRegex("^" + Clock + " (?<day>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ClockThenDay();

    [GeneratedRegex("^(?:(?<day>.+) )?(?<hour>[01]?[0-9]|2[0-3])$", RegexOptions.CultureInvariant)]
    private static partial Regex BareHour();

    [GeneratedRegex("^(?:(?<day>.+) )?(?<part>morning|afternoon|evening)$|^(?<part>tonight)$", RegexOptions.CultureInvariant)]
    private static partial Regex PartOfDay();

    [GeneratedRegex("^by ", RegexOptions.CultureInvariant)]
    private static partial Regex ByPrefix();
}
