namespace InterviewCoachBot.Engine.Conversation;

/// <summary>
/// Runs after a turn's commands and wizards, inside the same transaction, to keep derived state (such as planned nudges)
/// in step with what changed.
/// </summary>
public interface ITurnObserver
{
    Task OnTurnCompletedAsync(Turn turn, CancellationToken cancellationToken);
}
