using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Model;
using InterviewCoachBot.Engine.Time;

namespace InterviewCoachBot.Engine.Interviews;

/// <summary>How an interview reads in a list or a confirmation, with its stage and next step.</summary>
public sealed class InterviewSummary(InterviewProgress progress)
{
    public string Describe(Turn turn, Interview interview)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(interview);
        var when = LocalTimes.Format(interview.HeldAt, turn.Zone, turn.Now);
        var with = interview.Interviewers.Length == 0 ? string.Empty : $" with {interview.Interviewers}";
        var step = progress.Evaluate(turn, interview);
        return $"#{interview.Number} {interview.Company}: {interview.Role}\n" +
            $"   {when} ({ChannelField.Describe(interview.Channel)}){with}\n" +
            $"   Stage: {step.Stage}\n" +
            $"   Next: {step.NextStep}";
    }

    public Task CoachAfterAddingAsync(Turn turn, Interview interview, CancellationToken cancellationToken) =>
        progress.CoachAfterAddingAsync(turn, interview, cancellationToken);
}
