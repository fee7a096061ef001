using InterviewCoachBot.Engine.Content;
using InterviewCoachBot.Engine.Model;
using InterviewCoachBot.Engine.Ports;
using InterviewCoachBot.Engine.Time;

namespace InterviewCoachBot.Engine.Nudges;

/// <summary>
/// Pure: from an interview's state, the user's settings and zone, and the rules of <c>nudges.yaml</c>, the set of nudges
/// that should exist. Storage reconciles that set, so planning again after any change is safe.
/// </summary>
/// <remarks>
/// The current time only drops nudges that have expired; identity and time never depend on it, so the same state
/// always gives the same nudges.
/// </remarks>
public sealed class NudgePlanner(ContentLibrary content)
{
    public NudgeContent Rules => content.Nudges;

    /// <summary>The quiet hours in force for these settings, or null when the user turned them off.</summary>
    public QuietHours? QuietHoursOf(NudgeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.QuietHours switch
        {
            null => content.Nudges.DefaultQuietHours,
            NudgeSettings.QuietOff => null,
            var text => QuietHours.TryParse(text) ?? content.Nudges.DefaultQuietHours,
        };
    }

    public IReadOnlyList<PlannedNudge> Plan(
        Interview interview, bool stopped, NudgeSettings settings, TimeZoneInfo zone, WorkingDays workingDays, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(interview);
        ArgumentNullException.ThrowIfNull(settings);
        if (!settings.On || settings.UnreachableSince is not null || stopped || IsClosed(interview))
        {
            return [];
        }

        var quiet = QuietHoursOf(settings);
        var planned = new List<PlannedNudge>();
        foreach (var rule in content.Nudges.Rules)
        {
            if (PlanRule(rule, interview, quiet, zone, workingDays) is { } nudge && nudge.ExpiresAt > now)
            {
                planned.Add(nudge);
            }
        }

        return [.. planned.OrderBy(nudge => nudge.DueAt).ThenBy(nudge => nudge.Rule, StringComparer.Ordinal)];
    }

    /// <summary>The instant an anchor stands for on this interview, or null when the interview has none (no call scheduled).</summary>
    public DateTimeOffset? AnchorOf(NudgeAnchor anchor, Interview interview, TimeZoneInfo zone, WorkingDays workingDays)
    {
        ArgumentNullException.ThrowIfNull(workingDays);
        ArgumentNullException.ThrowIfNull(interview);
        return anchor switch
        {
            NudgeAnchor.Interview => interview.HeldAt,
            NudgeAnchor.ThankYouDeadline => interview.HeldAt + content.ThankYou.Window,
            NudgeAnchor.DecisionDay => interview.DecisionBy is { } day ? ZoneTimes.StartOfDay(day, zone) : null,
            NudgeAnchor.FollowUpDay => interview.DecisionBy is { } day ? ZoneTimes.StartOfDay(workingDays.FollowUpDay(day), zone) : null,
            NudgeAnchor.Call => interview.CallAt,
            NudgeAnchor.Second => interview.SecondAt,
            NudgeAnchor.Outcome => interview.OutcomeAt,
            NudgeAnchor.MoreInfoDayBefore => interview.MoreInfoBy is { } due ? ZoneTimes.StartOfDay(workingDays.Before(due), zone) : null,
            _ => throw new ArgumentOutOfRangeException(nameof(anchor), anchor, "Unknown anchor."),
        };
    }

    private PlannedNudge? PlanRule(NudgeRule rule, Interview interview, QuietHours? quiet, TimeZoneInfo zone, WorkingDays workingDays)
    {
        if (AnchorOf(rule.Anchor, interview, zone, workingDays) is not { } anchor || !rule.Conditions.All(condition => Holds(condition, rule, interview)))
        {
            return null;
        }

        var due = rule.Timing.DueFrom(anchor, zone, workingDays);
        var expires = rule.ExpiresAt is { } expiresAnchor ? AnchorOf(expiresAnchor, interview, zone, workingDays) : due + rule.ExpiresAfter!.Value;
        if (expires is not { } end)
        {
            return null;
        }

        var adjusted = quiet is null ? due : quiet.Adjust(due, end, rule.Timing.FollowsAnchor ? anchor : null, zone);
        return adjusted is { } at && at < end ? new PlannedNudge(interview.Number, rule.Key, anchor, at, end) : null;
    }

    private static bool Holds(NudgeCondition condition, NudgeRule rule, Interview interview) => condition switch
    {
        NudgeCondition.ThankYouNotSent => !(interview.ThankYouSentAt >= ThankedInterview(rule, interview)),
        NudgeCondition.DecisionDate => interview.DecisionBy is not null,
        NudgeCondition.NoDecisionDate => interview.DecisionBy is null,
        NudgeCondition.NoOutcome => interview.Outcome is null,
        NudgeCondition.NotFollowedUp => interview.FollowUpSentAt is null && interview.ReplyReceivedAt is null,
        NudgeCondition.NoReply => interview.ReplyReceivedAt is null,
        NudgeCondition.Paused => interview.Outcome == "paused",
        NudgeCondition.AskedForMore => interview.Outcome == "more_info",
        _ => throw new ArgumentOutOfRangeException(nameof(condition), condition, "Unknown condition."),
    };

    /// <summary>A note counts for the interview it follows: the second interview's thanks must come after the second interview.</summary>
    internal static DateTimeOffset ThankedInterview(NudgeRule rule, Interview interview) =>
        rule.Anchor == NudgeAnchor.Second && interview.SecondAt is { } second ? second : interview.HeldAt;

    private bool IsClosed(Interview interview) =>
        interview.Outcome is { } key && content.Waiting.Outcomes.FirstOrDefault(outcome => outcome.Key == key) is { Closes: true };
}
