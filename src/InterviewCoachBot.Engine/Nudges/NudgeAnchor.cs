namespace InterviewCoachBot.Engine.Nudges;

/// <summary>The moment of an interview's story a nudge's time is counted from.</summary>
public enum NudgeAnchor
{
    /// <summary>When the interview takes place.</summary>
    Interview = 1,

    /// <summary>The interview plus the thank-you window.</summary>
    ThankYouDeadline = 2,

    /// <summary>The start of the local day the employer said they would decide by.</summary>
    DecisionDay = 3,

    /// <summary>The start of the local day for the one follow-up: the first working day after the decision day.</summary>
    FollowUpDay = 6,

    /// <summary>The follow-up call.</summary>
    Call = 4,

    /// <summary>The second interview.</summary>
    Second = 5,

    /// <summary>When the current outcome was recorded (a pause counts from then).</summary>
    Outcome = 7,

    /// <summary>The start of the user's last working day before the day the employer wants the extra information by.</summary>
    MoreInfoDayBefore = 8,
}
