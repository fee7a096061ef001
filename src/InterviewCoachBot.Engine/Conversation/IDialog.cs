using InterviewCoachBot.Engine.Model;

namespace InterviewCoachBot.Engine.Conversation;

/// <summary>A multi-step wizard. Its state lives in the store, so each answer may arrive after a restart.</summary>
public interface IDialog
{
    /// <summary>The key saved in <see cref="DialogState.Kind"/>.</summary>
    string Kind { get; }

    /// <summary>What the user was doing, for messages such as "your unfinished ... expired".</summary>
    string Title { get; }

    Task ContinueAsync(Turn turn, DialogState state, string answer, CancellationToken cancellationToken);

    /// <summary>
    /// True when leaving the wizard would lose something the user typed, so the runner asks first. By default any value
    /// beside the interview it is about; a wizard that keeps other context (which step it schedules) says what counts.
    /// </summary>
    bool HoldsAnswers(DialogState state) => RunnerNotes.HasAnswers(state);
}
