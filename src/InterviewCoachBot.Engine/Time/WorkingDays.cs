namespace InterviewCoachBot.Engine.Time;

/// <summary>
/// The days of the week a user works. The one follow-up and date-based check-ins land on one of them, so nobody is told
/// to write to an employer on a Saturday. Monday to Friday unless the user's settings say otherwise.
/// </summary>
public sealed class WorkingDays
{
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

    /// <summary>The day for the one follow-up: the first working day after the day they said they'd decide by.</summary>
    public DateOnly FollowUpDay(DateOnly decisionBy) => OnOrAfter(decisionBy.AddDays(1));
}
