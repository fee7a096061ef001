using InterviewCoachBot.Engine.Model;

namespace InterviewCoachBot.Engine.Conversation;

/// <summary>Deletes every row the bot keeps about the user, after they confirm.</summary>
public sealed class ForgetDialog : IDialog
{
    public const string DialogKind = "forget";

    public string Kind => DialogKind;

    public string Title => "request to delete your data";

    public async Task StartAsync(Turn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        await turn.SaveDialogAsync(turn.NewDialog(DialogKind, "confirm"), cancellationToken);
        turn.Say(Question());
    }

    public async Task ContinueAsync(Turn turn, DialogState state, string answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(state);
        switch (YesNo.Read(answer))
        {
            case true:
                await turn.Store.Users.DeleteAsync(turn.User.Id, cancellationToken);
                turn.UserForgotten = true;
                turn.Say("Done: I deleted your interviews, notes, reminders and settings. If you write again, I'll start fresh.");
                break;
            case false:
                await turn.ClearDialogAsync(cancellationToken);
                turn.Say("Nothing was deleted.");
                break;
            default:
                turn.RejectAnswer("Please answer yes or no.");
                break;
        }
    }

    private static Messages.Reply Question() => YesNo.Ask(
        "Delete everything I keep about you: every interview, note, reminder and setting? This can't be undone.",
        "Yes, delete everything",
        "No, keep my data");
}
