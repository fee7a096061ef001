using InterviewCoachBot.Engine.Conversation;

namespace InterviewCoachBot.Engine.Commands;

/// <summary>Deletes all of the user's data, after a confirmation.</summary>
public sealed class ForgetCommand(ForgetDialog dialog) : ICommand
{
    public CommandInfo Info { get; } = new("forget", "Delete all your data (asks first)", "/forget")
    {
        Details = "Deletes every interview, note, reminder and setting I keep about you, after you confirm. It can't be undone.",
        Examples = ["/forget"],
    };

    public Task RunAsync(Turn turn, string arguments, CancellationToken cancellationToken) => dialog.StartAsync(turn, cancellationToken);
}
