using System.Globalization;
using InterviewCoachBot.Engine.Coaching;
using InterviewCoachBot.Engine.Content;
using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Model;

namespace InterviewCoachBot.Engine.Interviews;

/// <summary>Where an interview stands and the one thing the candidate should do next, with its deadline if it has one.</summary>
public sealed class InterviewProgress(ContentLibrary content)
{
    public ProgressStep Evaluate(Turn turn, Interview interview)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(interview);
        var now = turn.Now;
        var number = interview.Number.ToString(CultureInfo.InvariantCulture);
        var outcome = interview.Outcome is { } key ? content.Waiting.Outcome(key) : null;
        var thankYou = ThankYouTiming.Of(interview, content.ThankYou.Window, now);

        if (outcome is { Closes: true })
        {
            return new ProgressStep($"closed ({outcome.Label.ToLowerInvariant()})", Render(outcome, turn, interview), Closed: true);
        }

        if (interview.SecondAt is { } second && second > now)
        {
            return new ProgressStep("second interview scheduled", $"prepare with /second {number}: checklist and cheat sheet", second);
        }

        if (interview.CallAt is { } call && call > now)
        {
            return new ProgressStep("follow-up call scheduled", $"prepare with /call {number}", call);
        }

        if (thankYou.Upcoming(now))
        {
            return new ProgressStep("upcoming", $"prepare; afterwards, a thank-you note within {Durations.Describe(content.ThankYou.Window)}", interview.HeldAt);
        }

        if (thankYou.Open(now))
        {
            return new ProgressStep("thank-you note", $"send your thank-you note by {turn.Show(thankYou.Deadline)} (/thankyou {number})", thankYou.Deadline);
        }

        if (outcome is not null)
        {
            // The day they want the extra information by belongs with the step, so the list and the reminder agree.
            var due = interview.MoreInfoBy is { } by && outcome.Key == "more_info" ? $" (they want it by {Day(by)})" : string.Empty;
            return new ProgressStep(outcome.Label.ToLowerInvariant(), Render(outcome, turn, interview) + due);
        }

        if (interview.AwaitingReply)
        {
            return new ProgressStep("waiting for a reply", $"give them time to answer; when they do, record it with /followup {number} reply");
        }

        if (interview.Replied)
        {
            return new ProgressStep("they replied", $"if they shared a decision, record it with /outcome {number}; no further follow-up is needed");
        }

        return WaitingForDecision(turn, interview, number);
    }

    private static ProgressStep WaitingForDecision(Turn turn, Interview interview, string number)
    {
        return interview.DecisionBy switch
        {
            { } day when FollowUpDayAhead(turn, interview) is { } followUp => new ProgressStep(
                "waiting for the decision",
                $"they expect to decide by {Day(day)}; if you've heard nothing by {Day(followUp)}, follow up once then (/followup {number})"),
            { } day => new ProgressStep(
                "decision date passed",
                $"they expected to decide by {Day(day)}: follow up once now (/followup {number})"),
            null => new ProgressStep(
                "waiting for the decision",
                $"ask when they expect to decide, and note it with /decision {number} <day>"),
        };
    }

    private string Render(OutcomeGuide outcome, Turn turn, Interview interview) =>
        outcome.NextSteps[0].Render(OutcomeValues(turn, interview));

    /// <summary>The values an outcome's next steps may use.</summary>
    public Dictionary<string, string> OutcomeValues(Turn turn, Interview interview)
    {
        var values = CoachingValues.For(turn, interview);
        values["pause_min"] = content.Waiting.PauseMinDays.ToString(CultureInfo.InvariantCulture);
        values["pause_max"] = content.Waiting.PauseMaxDays.ToString(CultureInfo.InvariantCulture);
        return values;
    }

    /// <summary>The day for the one follow-up while it is still to come (it is early until then), or null without a decision date or once it has come.</summary>
    public static DateOnly? FollowUpDayAhead(Turn turn, Interview interview)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(interview);
        return interview.DecisionBy is { } day && turn.User.WorkingDays.FollowUpDay(day) is var followUp && followUp > turn.Today
            ? followUp
            : null;
    }

    public static string Day(DateOnly day) => day.ToString("ddd d MMM", CultureInfo.InvariantCulture);
}
