namespace InterviewCoachBot.Engine.Nudges;

/// <summary>What must hold for a rule to plan its nudge; content lists them under <c>when</c>.</summary>
public enum NudgeCondition
{
    /// <summary>No thank-you note marked sent since the interview the rule is about.</summary>
    ThankYouNotSent = 1,

    DecisionDate = 2,

    NoDecisionDate = 3,

    NoOutcome = 4,

    /// <summary>No follow-up sent and no answer recorded: after the one follow-up the next move is theirs, so no check-in suggests another.</summary>
    NotFollowedUp = 5,

    NoReply = 6,

    /// <summary>The current outcome is a pause to deliberate.</summary>
    Paused = 7,

    /// <summary>The current outcome is that they asked for more information.</summary>
    AskedForMore = 8,
}
