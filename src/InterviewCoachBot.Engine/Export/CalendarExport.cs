using System.Globalization;
using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using InterviewCoachBot.Engine.Coaching;
using InterviewCoachBot.Engine.Content;
using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Interviews;
using InterviewCoachBot.Engine.Model;
using InterviewCoachBot.Engine.Nudges;
using InterviewCoachBot.Engine.Ports;
using InterviewCoachBot.Engine.Time;
using Calendar = Ical.Net.Calendar;

namespace InterviewCoachBot.Engine.Export;

/// <summary>
/// The user's steps still ahead as an iCalendar file: interviews, calls, second interviews, thank-you deadlines, decision
/// dates and the follow-up day, for interviews not closed. Each event says who and how, and alarms at the same moments as
/// the bot's own reminders.
/// </summary>
/// <remarks>
/// Times are written in UTC so every calendar shows them in its own zone; decision and follow-up days are all-day events.
/// A UID names the user and the interview, so importing again updates this user's events and never anyone else's.
/// </remarks>
public sealed class CalendarExport(ContentLibrary content, NudgePlanner planner)
{
    public async Task<byte[]> WriteAsync(Turn turn, IReadOnlyList<Interview> interviews, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(interviews);
        var settings = await turn.Store.Nudges.GetSettingsAsync(turn.User.Id, cancellationToken);
        var stopped = await turn.Store.Nudges.StoppedAsync(turn.User.Id, cancellationToken);
        var calendar = new Calendar { ProductId = "-//InterviewCoachBot//Export//EN" };
        foreach (var interview in interviews.Where(interview => !Closed(interview)))
        {
            var nudges = planner.Plan(interview, stopped.Contains(interview.Number), settings, turn.Zone, turn.User.WorkingDays, turn.Now);
            foreach (var step in Steps(turn, interview))
            {
                calendar.Events.Add(Event(turn, interview, step, nudges));
            }
        }

        var text = new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
        return Encoding.UTF8.GetBytes(text);
    }

    /// <summary>One event: what it is, the anchor its reminders count from, when (a day when all-day), and its description.</summary>
    private sealed record Step(string Key, string Summary, NudgeAnchor Anchor, DateTimeOffset Start, TimeSpan Length, DateOnly? Day, string Description);

    private IEnumerable<Step> Steps(Turn turn, Interview interview)
    {
        var number = interview.Number.ToString(CultureInfo.InvariantCulture);
        var name = $"{interview.Company} ({interview.Role})";
        var how = ChannelField.Describe(interview.Channel);
        var with = interview.Interviewers.Length > 0 ? $"With {interview.Interviewers} ({how})." : $"Channel: {how}.";
        var now = turn.Now;
        if (interview.HeldAt > now)
        {
            yield return new Step("interview", $"Interview: {name}", NudgeAnchor.Interview, interview.HeldAt, TimeSpan.FromHours(1), null, $"{with} Prepare with /checklist {number}.");
        }

        // Only a note still to write: not one already sent or past its window.
        var thankYou = ThankYouTiming.Of(interview, content.ThankYou.Window, now);
        if (!thankYou.Sent && thankYou.Deadline > now)
        {
            yield return new Step("thankyou", $"Thank-you note due: {interview.Company}", NudgeAnchor.ThankYouDeadline, thankYou.Deadline, TimeSpan.Zero, null, $"A short thank-you to {CoachingValues.Interviewer(interview)}: /thankyou {number}.");
        }

        if (interview.CallAt is { } call && call > now)
        {
            var caller = interview.CallWith.Length > 0 ? $" with {interview.CallWith}" : string.Empty;
            yield return new Step("call", $"Follow-up call{caller}: {interview.Company}", NudgeAnchor.Call, call, TimeSpan.FromMinutes(30), null, $"{with} Prepare with /call {number}.");
        }

        if (interview.SecondAt is { } second && second > now)
        {
            yield return new Step("second", $"Second interview: {name}", NudgeAnchor.Second, second, TimeSpan.FromHours(1), null, $"{with} Prepare with /second {number}.");
        }

        var today = LocalTimes.DayOf(now, turn.Zone);
        if (interview.DecisionBy is { } decision && decision >= today)
        {
            yield return new Step("decision", $"Decision expected: {interview.Company}", NudgeAnchor.DecisionDay, ZoneTimes.StartOfDay(decision, turn.Zone), TimeSpan.FromDays(1), decision, $"The day {interview.Company} said they would decide by. {with}");
        }

        var followUp = interview.DecisionBy is { } decided ? turn.User.WorkingDays.FollowUpDay(decided) : (DateOnly?)null;
        if (followUp is { } day && day >= today && interview.Outcome is null && !interview.AwaitingReply)
        {
            yield return new Step("followup", $"Follow up once if no news: {interview.Company}", NudgeAnchor.FollowUpDay, ZoneTimes.StartOfDay(day, turn.Zone), TimeSpan.FromDays(1), day, $"Heard nothing yet? One short follow-up: /followup {number}. {with}");
        }
    }

    private CalendarEvent Event(Turn turn, Interview interview, Step step, IReadOnlyList<PlannedNudge> nudges)
    {
        var calendarEvent = new CalendarEvent
        {
            Uid = $"{step.Key}-{interview.Number.ToString(CultureInfo.InvariantCulture)}.user-{turn.User.Id.ToString(CultureInfo.InvariantCulture)}@interviewcoachbot",
            Summary = step.Summary,
            Description = step.Description,
            Start = step.Day is { } day ? new CalDateTime(day) : Utc(step.Start),
            End = step.Day is { } last ? new CalDateTime(last.AddDays(1)) : Utc(step.Start + step.Length),
            DtStamp = Utc(turn.Now),

            // Grows with every export (minutes since the interview was added), so a calendar that imported an earlier copy
            // takes this one as the newer revision of the same event instead of keeping the old time.
            Sequence = (int)Math.Max(0, (turn.Now - interview.CreatedAt).TotalMinutes),
        };

        // The reminders counted from this step that come by its end: the same moments the bot would write.
        foreach (var (nudge, rule) in nudges.Select(nudge => (Nudge: nudge, Rule: planner.Rules.Find(nudge.Rule)))
            .Where(pair => pair.Rule?.Anchor == step.Anchor && pair.Nudge.DueAt <= step.Start + step.Length))
        {
            calendarEvent.Alarms.Add(new Alarm
            {
                Action = AlarmAction.Display,
                Description = rule!.Title,
                Trigger = new Trigger(Duration.FromTimeSpanExact(nudge.DueAt - step.Start)),
            });
        }

        return calendarEvent;
    }

    private bool Closed(Interview interview) => interview.Outcome is { } outcome && content.Waiting.Outcome(outcome).Closes;

    private static CalDateTime Utc(DateTimeOffset instant) => new(instant.UtcDateTime, CalDateTime.UtcTzId);
}
