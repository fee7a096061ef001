using InterviewCoachBot.Engine.Model;
using InterviewCoachBot.Engine.Nudges;
using InterviewCoachBot.Engine.Ports;
using InterviewCoachBot.Engine.Time;

namespace InterviewCoachBot.Engine.Tests.Nudges;

/// <summary>Which nudges each event plans, with the default rules of content/nudges.yaml, in Europe/Berlin (CET, UTC+1).</summary>
public sealed class NudgePlannerTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    /// <summary>Mon 23 Nov 2026 10:00 in Berlin.</summary>
    private static readonly DateTimeOffset HeldAt = Utc(2026, 11, 23, 9, 0);

    private readonly NudgePlanner planner = new(NudgeTestContent.Library);

    [Fact]
    public void Plan_InterviewLogged_ThankYouRemindersAndWeeklyCheckIns()
    {
        var plan = Plan(Interview(), now: HeldAt);

        Assert.Equal(
            [
                ("thankyou_soon", Utc(2026, 11, 23, 12, 0), Utc(2026, 11, 24, 9, 0)),

                // 4 h before the deadline is 06:00 local, inside quiet hours (21:00-08:00): moved to their end, 08:00 local.
                ("thankyou_last_call", Utc(2026, 11, 24, 7, 0), Utc(2026, 11, 24, 9, 0)),
                ("checkin_week", Utc(2026, 11, 30, 8, 0), Utc(2026, 12, 3, 8, 0)),
                ("checkin_two_weeks", Utc(2026, 12, 7, 8, 0), Utc(2026, 12, 10, 8, 0)),
            ],
            plan.Select(nudge => (nudge.Rule, nudge.DueAt, nudge.ExpiresAt)));
    }

    [Fact]
    public void Plan_ThankYouMarkedSent_NoThankYouReminders()
    {
        var plan = Plan(Interview() with { ThankYouSentAt = HeldAt.AddHours(2) }, now: HeldAt);

        Assert.DoesNotContain(plan, nudge => nudge.Rule.StartsWith("thankyou", StringComparison.Ordinal));
        Assert.Contains(plan, nudge => nudge.Rule == "checkin_week");
    }

    [Fact]
    public void Plan_AfterTheDeadline_ThankYouRemindersExpired()
    {
        var plan = Plan(Interview(), now: HeldAt.AddHours(25));

        Assert.Equal(["checkin_week", "checkin_two_weeks"], plan.Select(nudge => nudge.Rule));
    }

    [Fact]
    public void Plan_DecisionDateGiven_CheckInTheNextWorkingDayInsteadOfWeekly()
    {
        var plan = Plan(Interview() with { ThankYouSentAt = HeldAt, DecisionBy = new DateOnly(2026, 11, 27) }, now: HeldAt);

        var nudge = Assert.Single(plan);
        Assert.Equal("decision_checkin", nudge.Rule);
        Assert.Equal(Utc(2026, 11, 30, 8, 0), nudge.DueAt); // decision on Fri 27 Nov: the follow-up day is Mon 30 Nov, 09:00 local
        Assert.Equal(Utc(2026, 11, 30, 0, 0) - TimeSpan.FromHours(1), nudge.Anchor); // the follow-up day starts at local midnight
    }

    [Fact]
    public void Plan_FollowUpSentAndUnanswered_NoCheckIns()
    {
        var awaiting = Interview() with { ThankYouSentAt = HeldAt, FollowUpSentAt = HeldAt.AddDays(3) };

        var plan = Plan(awaiting, now: HeldAt.AddDays(3));

        Assert.Empty(plan);
    }

    [Fact]
    public void Plan_ReplyAfterFollowUp_NoCheckInSuggestsAnotherFollowUp()
    {
        var answered = Interview() with { ThankYouSentAt = HeldAt, FollowUpSentAt = HeldAt.AddDays(3), ReplyReceivedAt = HeldAt.AddDays(4) };

        var plan = Plan(answered, now: HeldAt.AddDays(4));

        Assert.Empty(plan);
    }

    [Theory]
    [InlineData("not_selected", false)]
    [InlineData("paused", true)]
    [InlineData("offer", true)]
    public void Plan_OutcomeRecorded_NoCheckInsAndAClosingOutcomeStopsEverything(string outcome, bool keepsCall)
    {
        var interview = Interview() with { ThankYouSentAt = HeldAt, Outcome = outcome, CallAt = Utc(2026, 12, 2, 14, 0) };

        var plan = Plan(interview, now: HeldAt.AddDays(1));

        Assert.Equal(keepsCall ? ["call_prep", "call_soon"] : [], plan.Select(nudge => nudge.Rule));
    }

    [Fact]
    public void Plan_CallScheduled_DayBeforeAtTenAndAnHourBefore()
    {
        var call = Utc(2026, 12, 2, 14, 0); // Wed 15:00 local
        var plan = Plan(Interview() with { ThankYouSentAt = HeldAt, DecisionBy = new DateOnly(2026, 12, 20), CallAt = call, CallWith = "Sam" }, now: HeldAt);

        Assert.Equal(
            [("call_prep", Utc(2026, 12, 1, 9, 0), call), ("call_soon", Utc(2026, 12, 2, 13, 0), call), ("decision_checkin", Utc(2026, 12, 21, 8, 0), Utc(2026, 12, 24, 8, 0))],
            plan.Select(nudge => (nudge.Rule, nudge.DueAt, nudge.ExpiresAt)));
    }

    [Fact]
    public void Plan_SecondInterviewScheduled_TwoDaysBeforeMorningOfAndThanksAfter()
    {
        var second = Utc(2026, 12, 10, 13, 0); // Thu 14:00 local
        var plan = Plan(Interview() with { ThankYouSentAt = HeldAt.AddHours(2), DecisionBy = new DateOnly(2026, 12, 30), SecondAt = second }, now: HeldAt);

        Assert.Equal(
            [("second_prep", Utc(2026, 12, 8, 9, 0)), ("second_morning", Utc(2026, 12, 10, 7, 0)), ("second_thanks", Utc(2026, 12, 10, 15, 0)), ("decision_checkin", Utc(2026, 12, 31, 8, 0))],
            plan.Select(nudge => (nudge.Rule, nudge.DueAt)));
    }

    [Fact]
    public void Plan_ThankedAfterTheSecondInterview_NoThankAgainReminder()
    {
        var second = Utc(2026, 12, 10, 13, 0);
        var plan = Plan(Interview() with { ThankYouSentAt = second.AddHours(1), DecisionBy = new DateOnly(2026, 12, 30), SecondAt = second }, now: second.AddHours(1));

        Assert.DoesNotContain(plan, nudge => nudge.Rule == "second_thanks");
    }

    [Fact]
    public void Plan_StoppedOffOrUnreachable_Nothing()
    {
        Assert.Empty(planner.Plan(Interview(), stopped: true, NudgeSettings.Default, Berlin, WorkingDays.MondayToFriday, HeldAt));
        Assert.Empty(planner.Plan(Interview(), stopped: false, NudgeSettings.Default with { On = false }, Berlin, WorkingDays.MondayToFriday, HeldAt));
        Assert.Empty(planner.Plan(Interview(), stopped: false, NudgeSettings.Default with { UnreachableSince = HeldAt }, Berlin, WorkingDays.MondayToFriday, HeldAt));
    }

    [Fact]
    public void Plan_SameStateLaterOrAgain_SameIdentityAndTimes()
    {
        var first = Plan(Interview(), now: HeldAt);
        var again = Plan(Interview(), now: HeldAt.AddHours(1));

        Assert.Equal(first, again);
    }

    [Fact]
    public void Plan_QuietHoursOff_LastCallAtFourHoursBefore()
    {
        var plan = planner.Plan(Interview(), stopped: false, NudgeSettings.Default with { QuietHours = NudgeSettings.QuietOff }, Berlin, WorkingDays.MondayToFriday, HeldAt);

        Assert.Equal(Utc(2026, 11, 24, 5, 0), plan.Single(nudge => nudge.Rule == "thankyou_last_call").DueAt);
    }

    [Fact]
    public void Plan_LateEveningInterview_LastCallMovedEarlierBeforeQuietHours()
    {
        // Interview Mon 23:30 local; deadline Tue 23:30; 4 h before is 19:30 (fine). With quiet hours 18:00-08:00, 19:30 is quiet and
        // their end (Wed 08:00) is after the deadline, so the nudge moves to 15 minutes before quiet hours start: 17:45 local.
        var interview = Interview() with { HeldAt = Utc(2026, 11, 23, 22, 30) };

        var plan = planner.Plan(interview, stopped: false, NudgeSettings.Default with { QuietHours = "18:00-08:00" }, Berlin, WorkingDays.MondayToFriday, interview.HeldAt);

        Assert.Equal(Utc(2026, 11, 24, 16, 45), plan.Single(nudge => nudge.Rule == "thankyou_last_call").DueAt);
    }

    private IReadOnlyList<PlannedNudge> Plan(Interview interview, DateTimeOffset now) =>
        planner.Plan(interview, stopped: false, NudgeSettings.Default, Berlin, WorkingDays.MondayToFriday, now);

    private static Interview Interview() => new()
    {
        Number = 1,
        Company = "Acme",
        Role = "Engineer",
        Interviewers = "Dana",
        HeldAt = HeldAt,
        Channel = ContactChannel.Email,
        CreatedAt = HeldAt,
    };

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);
}
