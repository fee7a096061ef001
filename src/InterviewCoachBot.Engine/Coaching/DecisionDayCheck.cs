using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Interviews;
using InterviewCoachBot.Engine.Model;
using InterviewCoachBot.Engine.Time;

namespace InterviewCoachBot.Engine.Coaching;

/// <summary>
/// Whether a decision day fits the story: a day already over cannot be waited for, and a decision cannot come before the
/// interview it is about (a bare weekday such as "mon" means the coming one, which may be long before a March interview).
/// </summary>
public static class DecisionDayCheck
{
    /// <returns>Why the day cannot be the decision day, or null when it can.</returns>
    public static string? Problem(Turn turn, Interview interview, DateOnly decisionBy)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(interview);
        var interviewDay = LocalTimes.DayOf(interview.HeldAt, turn.Zone);
        if (decisionBy < turn.Today)
        {
            return $"{InterviewProgress.Day(decisionBy)} is already past, so there is nothing to wait for.";
        }

        return decisionBy < interviewDay
            ? $"{InterviewProgress.Day(decisionBy)} is before the interview itself ({InterviewProgress.Day(interviewDay)}), and they can only decide after it."
            : null;
    }
}
