using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Model;

namespace InterviewCoachBot.Engine.Interviews;

/// <summary>How an interview reads in a list or a confirmation: its details, stage, next step and deadline.</summary>
public sealed class InterviewSummary(InterviewProgress progress)
{
    public string Describe(Turn turn, Interview interview)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(interview);
        var when = turn.Show(interview.HeldAt, near: false);
        var with = interview.Interviewers.Length == 0 ? string.Empty : $" with {interview.Interviewers}";
        var step = progress.Evaluate(turn, interview);
        var deadline = step.Deadline is { } due ? $"\n   Next deadline: {turn.Show(due)}" : string.Empty;
        return $"#{interview.Number} {interview.Company}: {interview.Role}\n" +
            $"   {when} ({ChannelField.Describe(interview.Channel)}){with}\n" +
            $"   Stage: {step.Stage}\n" +
            $"   Next: {step.NextStep}{deadline}";
    }
}
