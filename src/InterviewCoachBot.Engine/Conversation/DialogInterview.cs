using System.Globalization;
using InterviewCoachBot.Engine.Model;

namespace InterviewCoachBot.Engine.Conversation;

/// <summary>The interview a wizard is about, kept in its state by number and loaded again at each answer.</summary>
public static class DialogInterview
{
    public const string NumberKey = "number";

    public static DialogState About(this DialogState state, Interview interview, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(interview);
        return state.With(NumberKey, interview.Number.ToString(CultureInfo.InvariantCulture), state.Step, now);
    }

    /// <summary>
    /// The wizard's interview, or null after telling the user it was deleted meanwhile (another chat, another device)
    /// and closing the wizard.
    /// </summary>
    /// <param name="purpose">What the wizard was going to do, as in "nothing to <c>change</c>".</param>
    public static async Task<Interview?> LoadAsync(Turn turn, DialogState state, string purpose, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(state);
        var number = int.Parse(state.Value(NumberKey)!, CultureInfo.InvariantCulture);
        var interview = await turn.Store.Interviews.GetAsync(turn.User.Id, number, cancellationToken);
        if (interview is null)
        {
            await turn.ClearDialogAsync(cancellationToken);
            turn.Say($"Interview #{number} no longer exists, so there's nothing to {purpose}.");
        }

        return interview;
    }
}
