using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Model;

namespace InterviewCoachBot.Engine.Interviews;

/// <summary>Where an interview stands and what the candidate should do next.</summary>
public sealed class InterviewProgress
{
    public ProgressStep Evaluate(Turn turn, Interview interview)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(interview);
        return interview.HeldAt > turn.Now
            ? new ProgressStep("upcoming", "prepare; afterwards, thank the interviewer through the same channel")
            : new ProgressStep("interviewed", "thank the interviewer through the same channel");
    }

    public Task CoachAfterAddingAsync(Turn turn, Interview interview, CancellationToken cancellationToken) => Task.CompletedTask;
}
