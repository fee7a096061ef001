namespace InterviewCoachBot.Engine.Nudges;

/// <summary>What must hold for a rule to plan its nudge; content lists them under <c>when</c>.</summary>
public enum NudgeCondition
{
    /// <summary>No thank-you note marked sent since the interview the rule is about.</summary>
    ThankYouNotSent = 1,

    DecisionDate = 2,

    NoDecisionDate = 3,

    NoOutcome = 4,

    /// <summary>No follow-up waiting for an answer: never a second message without a reply.</summary>
    NotAwaitingReply = 5,

    NoReply = 6,
}
