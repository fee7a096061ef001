using InterviewCoachBot.Engine.Conversation;

namespace InterviewCoachBot.Engine.Commands;

/// <summary>Leaves the open wizard without saving anything from it.</summary>
public sealed class CancelCommand(DialogCatalog dialogs) : ICommand
{
    public CommandInfo Info { get; } = new("cancel", "Stop what we're doing; nothing half-done is saved", "/cancel")
    {
        Details = "Stops the question I'm asking; nothing from it is saved.",
        Examples = ["/cancel"],
    };

    public async Task RunAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var open = await turn.Store.Dialogs.GetAsync(turn.User.Id, turn.ChatId, cancellationToken);
        if (open is null)
        {
            turn.Say("There's nothing to cancel right now.");
            return;
        }

        await turn.ClearDialogAsync(cancellationToken);
        var title = dialogs.Find(open.Kind)?.Title ?? "conversation";
        turn.Say($"Cancelled your {title}. Nothing from it was saved.");
    }
}
