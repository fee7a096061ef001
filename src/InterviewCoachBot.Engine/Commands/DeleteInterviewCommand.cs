using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Interviews;

namespace InterviewCoachBot.Engine.Commands;

/// <summary>Deletes an interview, after a confirmation.</summary>
public sealed class DeleteInterviewCommand(DeleteInterviewDialog dialog) : ICommand
{
    public CommandInfo Info { get; } = new("delete", "Delete one interview (asks first)", "/delete 2", "remove")
    {
        Details = "Deletes an interview and everything noted for it, after you confirm. Its reminders stop too.",
        Examples = ["/delete 2"],
    };

    public async Task RunAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (await InterviewPicker.PickAsync(turn, Info.Name, arguments, cancellationToken) is { } picked)
        {
            await dialog.StartAsync(turn, picked.Interview, cancellationToken);
        }
    }
}
