using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Ports;
using InterviewCoachBot.Engine.Time;

namespace InterviewCoachBot.Engine.Nudges;

/// <summary>
/// Just before a claimed nudge is sent: plans its interview again on the current state, and renders the nudge only if the
/// plan still contains it (the note may have been sent, the interview closed, reminders stopped, or the interview deleted).
/// A nudge that became due while the bot was down is never sent inside the user's quiet hours.
/// </summary>
public sealed class NudgeChecker(IBotStore store, NudgePlanner planner, NudgeRenderer renderer)
{
    public async Task<NudgeCheck> CheckAsync(ClaimedNudge nudge, DateTimeOffset now, bool late, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nudge);
        await using var transaction = await store.BeginAsync(cancellationToken);
        var user = await transaction.Users.FindAsync(new UserRef(nudge.Platform, nudge.ExternalUserId), cancellationToken);
        var interview = user is null ? null : await transaction.Interviews.GetAsync(user.Id, nudge.InterviewNumber, cancellationToken);
        if (user is null || interview is null || planner.Rules.Find(nudge.Rule) is not { } rule)
        {
            return new NudgeCheck.Cancel();
        }

        var settings = await transaction.Nudges.GetSettingsAsync(user.Id, cancellationToken);
        var stopped = await transaction.Nudges.StoppedAsync(user.Id, cancellationToken);
        var zone = UserZones.Find(user.TimeZoneId);
        var plan = planner.Plan(interview, stopped.Contains(interview.Number), settings, zone, user.WorkingDays, now);
        if (!plan.Any(planned => planned.Rule == nudge.Rule && planned.Anchor == nudge.Anchor))
        {
            return new NudgeCheck.Cancel();
        }

        var quiet = planner.QuietHoursOf(settings);
        if (quiet?.PeriodAt(now, zone) is { } quietNow)
        {
            return quietNow.End < nudge.ExpiresAt ? new NudgeCheck.Defer(quietNow.End) : new NudgeCheck.Skip();
        }

        return new NudgeCheck.Send(renderer.Render(nudge.Id, rule, interview, zone, user.WorkingDays, quiet, nudge.ExpiresAt, now, late));
    }
}
