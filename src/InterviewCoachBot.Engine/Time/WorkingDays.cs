using System.Globalization;

namespace InterviewCoachBot.Engine.Time;

/// <summary>
/// The days of the week a user works. The one follow-up and date-based check-ins land on one of them, so nobody is told
/// to write to an employer on a Saturday. Monday to Friday unless the user's settings say otherwise.
/// </summary>
public sealed class WorkingDays
{
    /// <summary>Monday first, as people read a working week; Sunday last.</summary>
    private static readonly DayOfWeek[] WeekOrder =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    private const string NoDays = "none";

    private readonly HashSet<DayOfWeek> days;

    public WorkingDays(IEnumerable<DayOfWeek> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        this.days = [.. days];
        if (this.days.Count == 0)
        {
            throw new ArgumentException("At least one working day is needed, or no day could ever be found.", nameof(days));
        }
    }

    public static WorkingDays MondayToFriday { get; } =
        new([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday]);

    /// <summary>The day itself when it is a working day, else the next working day.</summary>
    public DateOnly OnOrAfter(DateOnly day)
    {
        while (!days.Contains(day.DayOfWeek))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>The last working day before <paramref name="day"/>: the day to get something ready that is due on it.</summary>
    public DateOnly Before(DateOnly day)
    {
        do
        {
            day = day.AddDays(-1);
        }
        while (!days.Contains(day.DayOfWeek));

        return day;
    }

    /// <summary>The day for the one follow-up: the first working day after the day they said they'd decide by.</summary>
    public DateOnly FollowUpDay(DateOnly decisionBy) => OnOrAfter(decisionBy.AddDays(1));

    /// <summary>
    /// Reads what a user types, and the stored form: a range ("mon-thu", "sun-thu", wrapping over the weekend), a list
    /// ("mon,tue,wed" or "mon tue wed"), or both mixed; "none" is read as an empty week, to be told why that cannot work. Null when a part names no weekday; a failed reading for an empty week.
    /// </summary>
    internal static Reading<WorkingDays>? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chosen = new HashSet<DayOfWeek>();
        foreach (var part in text.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part.Equals(NoDays, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var ends = part.Split(['-', '–'], StringSplitOptions.TrimEntries);
            if (ends.Length > 2 || DayParser.FindWeekday(ends[0]) is not { } first || DayParser.FindWeekday(ends[^1]) is not { } last)
            {
                return null;
            }

            for (var day = first; ; day = Shift(day, 1))
            {
                chosen.Add(day);
                if (day == last)
                {
                    break;
                }
            }
        }

        return chosen.Count == 0
            ? Reading<WorkingDays>.Fail("A working week needs at least one day: your follow-up day and check-ins fall on one.")
            : Reading<WorkingDays>.Of(new WorkingDays(chosen));
    }

    /// <summary>Reads the form <see cref="ToString"/> wrote; storage calls it, so a damaged value fails loudly.</summary>
    public static WorkingDays FromStored(string stored) =>
        Parse(stored) is { Problem: null } reading ? reading.Value : throw new FormatException($"Not a stored working week: '{stored}'.");

    /// <summary>The days in week order, such as "mon,tue,wed,thu": the stored form, read back by <see cref="Parse"/>.</summary>
    public override string ToString() =>
        string.Join(',', WeekOrder.Where(days.Contains).Select(day => Abbreviation(day).ToLowerInvariant()));

    /// <summary>For the user: "Mon–Fri" or "Sun–Thu" for one run of days, else "Mon, Wed, Fri".</summary>
    public string Describe()
    {
        if (days.Count == WeekOrder.Length)
        {
            return "every day";
        }

        // A single day whose day before is free means the days form one run, possibly over the weekend.
        var starts = WeekOrder.Where(day => days.Contains(day) && !days.Contains(Shift(day, -1))).ToList();
        return starts.Count == 1 && days.Count > 2
            ? $"{Abbreviation(starts[0])}–{Abbreviation(Shift(starts[0], days.Count - 1))}"
            : string.Join(", ", WeekOrder.Where(days.Contains).Select(Abbreviation));
    }

    private static DayOfWeek Shift(DayOfWeek day, int by) => (DayOfWeek)((((int)day + by) % 7 + 7) % 7);

    private static string Abbreviation(DayOfWeek day) => CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedDayName(day);
}
