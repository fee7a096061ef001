using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Model;

namespace InterviewCoachBot.Engine.Interviews;

/// <summary>What a wizard does with a field's rejection of a typed answer.</summary>
public static class WrongFieldAnswer
{
    /// <summary>A plain mistake goes to the runner, which asks the same question again; a new question (which of two times) is asked here.</summary>
    public static async Task HandleAsync(Turn turn, DialogState state, FieldResult.Rejected rejected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(rejected);
        if (rejected.Reason is { } reason)
        {
            turn.RejectAnswer(reason);
            return;
        }

        await turn.SaveDialogAsync(state with { UpdatedAt = turn.Now }, cancellationToken);
        turn.Say(rejected.Reprompt);
    }
}
