using System.Globalization;
using System.Text.RegularExpressions;

namespace InterviewCoachBot.Engine.Time;

/// <summary>Reads the day part of a moment ("today", "tmrw", "next mon", "25 Nov", "2026-11-25", "25/11") from normalised text.</summary>
internal static partial class DayParser
{
    /// <summary>Typed years further from today than this are refused, which also keeps all date arithmetic in range.</summary>
    public const int MaxYearsAway = 100;

    private const int LeapYear = 2000;
    private const int CommonYear = 2001;
    private const string Example = "25 Nov 14:30";

    private static readonly DateTimeFormatInfo English = CultureInfo.InvariantCulture.DateTimeFormat;

    private static readonly Dictionary<string, int> NamedDays = new(StringComparer.Ordinal)
    {
        ["yesterday"] = -1,
        ["today"] = 0,
        ["tonight"] = 0,
        ["tomorrow"] = 1,
        ["tmrw"] = 1,
        ["tmr"] = 1,
        ["tmw"] = 1,
    };

    private static readonly Func<string, DateOnly, Reading<DateOnly>?>[] Forms = [Named, Weekday, Iso, WithMonthName, Numeric];

    /// <summary>The words besides month and weekday names (see <see cref="IsName"/>) that this class understands.</summary>
    public static IEnumerable<string> Keywords => NamedDays.Keys.Append("next").Append("last").Append("this");

    /// <returns>The day (empty text means today), why it is not a real day, or null when the text does not look like a day.</returns>
    /// <param name="upcoming">A bare weekday means the coming one (today included) rather than the nearest: for things still ahead.</param>
    public static Reading<DateOnly>? Parse(string text, DateOnly today, bool upcoming = false) =>
        text.Length == 0
            ? Reading<DateOnly>.Of(today)
            : (upcoming ? UpcomingWeekday(text, today) : null)
                ?? Forms.Select(form => form(text, today)).FirstOrDefault(reading => reading is not null);

    /// <summary>Month and weekday names, in full or cut to three letters or more: "sept", "tues", "thurs".</summary>
    public static bool IsName(string word) => FindMonth(word) is not null || FindWeekday(word) is not null;

    private static Reading<DateOnly>? Named(string text, DateOnly today) =>
        NamedDays.TryGetValue(text, out var days) ? Reading<DateOnly>.Of(today.AddDays(days)) : null;

    private static Reading<DateOnly>? UpcomingWeekday(string text, DateOnly today)
    {
        var match = WeekdayPattern().Match(text);
        return match.Success && !match.Groups["direction"].Success && FindWeekday(match.Groups["name"].Value) is { } weekday
            ? Reading<DateOnly>.Of(today.AddDays(((int)weekday - (int)today.DayOfWeek + 7) % 7))
            : null;
    }

    private static Reading<DateOnly>? Weekday(string text, DateOnly today)
    {
        var match = WeekdayPattern().Match(text);
        if (!match.Success || FindWeekday(match.Groups["name"].Value) is not { } weekday)
        {
            return null;
        }

        var ahead = ((int)weekday - (int)today.DayOfWeek + 7) % 7;
        if (match.Groups["direction"].Value == "next" && ahead is 1 or 2)
        {
            return Reading<DateOnly>.Fail(NextOrTheWeekAfter(text, today.AddDays(ahead), ahead));
        }

        var days = match.Groups["direction"].Value switch
        {
            "next" => ahead == 0 ? 7 : ahead,
            "this" => ahead,
            "last" => ahead == 0 ? -7 : ahead - 7,
            _ => ahead <= 3 ? ahead : ahead - 7, // nearest; a week has an odd number of days, so there is never a tie
        };
        return Reading<DateOnly>.Of(today.AddDays(days));
    }

    // On a Thursday some mean tomorrow by "next friday", others the Friday after: either guess stores a wrong day silently.
    private static string NextOrTheWeekAfter(string text, DateOnly soon, int ahead)
    {
        var later = soon.AddDays(7);
        var which = ahead == 1 ? "tomorrow" : "the day after tomorrow";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"\"{text}\" could be {soon:ddd d MMM} ({which}) or {later:ddd d MMM}. Which one? Type the date, for example: {soon:d MMM} or {later:d MMM}");
    }

    private static Reading<DateOnly>? Iso(string text, DateOnly today)
    {
        var match = IsoPattern().Match(text);
        return match.Success
            ? Build(text, Number(match.Groups["year"]), Number(match.Groups["month"]), Number(match.Groups["day"]), today)
            : null;
    }

    private static Reading<DateOnly>? WithMonthName(string text, DateOnly today)
    {
        var match = MonthNamePattern().Match(text);
        if (!match.Success || FindMonth(match.Groups["month"].Value) is not { } month)
        {
            return null;
        }

        return Build(text, OptionalNumber(match.Groups["year"]), month, Number(match.Groups["day"]), today);
    }

    private static Reading<DateOnly>? Numeric(string text, DateOnly today)
    {
        var match = NumericPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var (first, second, year) = (Number(match.Groups["first"]), Number(match.Groups["second"]), OptionalNumber(match.Groups["year"]));
        if (TooFar(year, today) is { } far)
        {
            return Reading<DateOnly>.Fail(far);
        }

        // The user's locale is unknown: guessing between two real dates would store the wrong one without a word.
        var asDayMonth = Exists(year, second, first);
        var asMonthDay = Exists(year, first, second);
        if (asDayMonth && asMonthDay && first != second)
        {
            var suggestion = $"{first} {Abbreviation(second)}";
            return Reading<DateOnly>.Fail(string.Create(
                CultureInfo.InvariantCulture,
                $"\"{text}\" could be {suggestion} or {second} {Abbreviation(first)}. Write the month as a word, for example: {suggestion} 14:30"));
        }

        return asMonthDay ? Build(text, year, first, second, today) : Build(text, year, second, first, today);
    }

    private static Reading<DateOnly> Build(string text, int? year, int month, int day, DateOnly today)
    {
        if (TooFar(year, today) is { } far)
        {
            return Reading<DateOnly>.Fail(far);
        }

        if (month is < 1 or > 12)
        {
            return Reading<DateOnly>.Fail(string.Create(
                CultureInfo.InvariantCulture, $"\"{text}\" is not a real date: there is no month {month}. Try: {Example}"));
        }

        if (!Exists(year, month, day))
        {
            var monthName = English.GetMonthName(month) + (year is null ? string.Empty : $" {year}");
            var lastDay = $"{DateTime.DaysInMonth(year ?? CommonYear, month)} {Abbreviation(month)}{(year is null ? string.Empty : $" {year}")}";
            return Reading<DateOnly>.Fail(string.Create(
                CultureInfo.InvariantCulture, $"\"{text}\" is not a real date: {monthName} has no day {day}. Try: {lastDay} 10:00"));
        }

        return Reading<DateOnly>.Of(year is { } known ? new DateOnly(known, month, day) : Nearest(month, day, today));
    }

    private static DateOnly Nearest(int month, int day, DateOnly today) =>
        Enumerable.Range(today.Year - 4, 9) // four years either way, so 29 Feb always meets a leap year
            .Where(year => day <= DateTime.DaysInMonth(year, month))
            .Select(year => new DateOnly(year, month, day))
            .OrderBy(date => Math.Abs(date.DayNumber - today.DayNumber))
            .ThenByDescending(date => date)
            .First();

    private static bool Exists(int? year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year ?? LeapYear, month);

    private static string? TooFar(int? year, DateOnly today) =>
        year is { } typed && Math.Abs(typed - today.Year) > MaxYearsAway
            ? string.Create(CultureInfo.InvariantCulture, $"The year {typed} is {Beyond(ago: typed < today.Year)}. Try: {Example}")
            : null;

    /// <summary>"more than 100 years ago" or "… from now": a far past date must not be called future.</summary>
    public static string Beyond(bool ago) =>
        string.Create(CultureInfo.InvariantCulture, $"more than {MaxYearsAway} years {(ago ? "ago" : "from now")}");

    private static int? FindMonth(string word) => FindName(English.MonthNames, word) + 1;

    /// <summary>A weekday name in full or cut to three letters or more ("tues"); null when it names none.</summary>
    public static DayOfWeek? FindWeekday(string word) => (DayOfWeek?)FindName(English.DayNames, word);

    private static int? FindName(string[] names, string word)
    {
        var index = word.Length < 3 ? -1 : Array.FindIndex(names, name => name.StartsWith(word, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? null : index;
    }

    private static string Abbreviation(int month) => English.GetAbbreviatedMonthName(month);

    public static int Number(Group group) => int.Parse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    public static int? OptionalNumber(Group group) => group.Success ? Number(group) : null;

    [GeneratedRegex("^(?:(?<direction>next|last|this) )?(?<name>[a-z]{3,})$", RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayPattern();

    [GeneratedRegex("^(?<year>[0-9]{4})-(?<month>[0-9]{1,2})-(?<day>[0-9]{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoPattern();

    [GeneratedRegex(
        "^(?:(?<day>[0-9]{1,2})(?:st|nd|rd|th)? (?<month>[a-z]{3,})|(?<month>[a-z]{3,}) (?<day>[0-9]{1,2})(?:st|nd|rd|th)?)(?: (?<year>[0-9]{4}))?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex MonthNamePattern();

    [GeneratedRegex("^(?<first>[0-9]{1,2})/(?<second>[0-9]{1,2})(?:/(?<year>[0-9]{4}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericPattern();
}
