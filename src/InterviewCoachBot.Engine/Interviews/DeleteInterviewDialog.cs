using System.Globalization;
using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Model;

namespace InterviewCoachBot.Engine.Interviews;

/// <summary>Deletes one interview after the user confirms.</summary>
public sealed class DeleteInterviewDialog : IDialog
{
    public const string DialogKind = "interview.delete";
    private const string NumberKey = "number";

    public string Kind => DialogKind;

    public string Title => "interview deletion";

    public async Task StartAsync(Turn turn, Interview interview, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(interview);
        var state = turn.NewDialog(DialogKind, "confirm").With(NumberKey, interview.Number.ToString(CultureInfo.InvariantCulture), "confirm", turn.Now);
        await turn.SaveDialogAsync(state, cancellationToken);
        turn.Say(YesNo.Ask($"Delete interview #{interview.Number} ({interview.Company}, {interview.Role}) and everything noted for it? This can't be undone.", "Yes, delete it", "No, keep it"));
    }

    public async Task ContinueAsync(Turn turn, DialogState state, string answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(state);
        var number = int.Parse(state.Value(NumberKey)!, CultureInfo.InvariantCulture);
        switch (YesNo.Read(answer))
        {
            case true:
                await turn.ClearDialogAsync(cancellationToken);
                var deleted = await turn.Store.Interviews.DeleteAsync(turn.User.Id, number, cancellationToken);
                turn.Say(deleted ? $"Deleted interview #{number}." : $"Interview #{number} was already gone.");
                break;
            case false:
                await turn.ClearDialogAsync(cancellationToken);
                turn.Say($"Kept interview #{number}.");
                break;
            default:
                turn.RejectAnswer("Please answer yes or no.");
                break;
        }
    }
}
