using System.Globalization;
using System.Text;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using InterviewCoachBot.Engine.Coaching;
using InterviewCoachBot.Engine.Content;
using InterviewCoachBot.Engine.Model;
using Calendar = Ical.Net.Calendar;

namespace InterviewCoachBot.Engine.Export;

/// <summary>The user's upcoming steps as an iCalendar file: interviews, calls, second interviews, thank-you deadlines and decision dates.</summary>
/// <remarks>Times are written in UTC so every calendar shows them in its own zone; decision dates are all-day events.</remarks>
public sealed class CalendarExport(ContentLibrary content)
{
    public byte[] Write(IReadOnlyList<Interview> interviews, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(interviews);
        var calendar = new Calendar { ProductId = "-//InterviewCoachBot//Export//EN" };
        var stamp = Utc(now);
        foreach (var interview in interviews)
        {
            var number = interview.Number.ToString(CultureInfo.InvariantCulture);
            var name = $"{interview.Company} ({interview.Role})";
            calendar.Events.Add(At($"interview-{number}", $"Interview: {name}", interview.HeldAt, TimeSpan.FromHours(1), stamp));
            // Only a note still to write: not one already sent, past its window, or for a closed process.
            var thankYou = ThankYouTiming.Of(interview, content.ThankYou.Window, now);
            var closed = interview.Outcome is { } outcome && content.Waiting.Outcome(outcome).Closes;
            if (!thankYou.Sent && thankYou.Deadline > now && !closed)
            {
                calendar.Events.Add(At($"thankyou-{number}", $"Thank-you note due: {interview.Company}", thankYou.Deadline, TimeSpan.Zero, stamp));
            }

            if (interview.CallAt is { } call)
            {
                var with = interview.CallWith.Length > 0 ? $" with {interview.CallWith}" : string.Empty;
                calendar.Events.Add(At($"call-{number}", $"Follow-up call{with}: {interview.Company}", call, TimeSpan.FromMinutes(30), stamp));
            }

            if (interview.SecondAt is { } second)
            {
                calendar.Events.Add(At($"second-{number}", $"Second interview: {name}", second, TimeSpan.FromHours(1), stamp));
            }

            if (interview.DecisionBy is { } decision)
            {
                calendar.Events.Add(new CalendarEvent
                {
                    Uid = Uid($"decision-{number}"),
                    Summary = $"Decision expected: {interview.Company}",
                    Start = new CalDateTime(decision),
                    End = new CalDateTime(decision.AddDays(1)),
                    DtStamp = stamp,
                });
            }
        }

        var text = new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
        return Encoding.UTF8.GetBytes(text);
    }

    private static CalendarEvent At(string key, string summary, DateTimeOffset start, TimeSpan length, CalDateTime stamp) => new()
    {
        Uid = Uid(key),
        Summary = summary,
        Start = Utc(start),
        End = Utc(start + length),
        DtStamp = stamp,
    };

    private static string Uid(string key) => key + "@interviewcoachbot";

    private static CalDateTime Utc(DateTimeOffset instant) => new(instant.UtcDateTime, CalDateTime.UtcTzId);
}
