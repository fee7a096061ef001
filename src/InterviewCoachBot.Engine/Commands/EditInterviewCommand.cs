using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Interviews;

namespace InterviewCoachBot.Engine.Commands;

/// <summary>Corrects one detail of an interview.</summary>
public sealed class EditInterviewCommand(EditInterviewDialog dialog) : ICommand
{
    public CommandInfo Info { get; } = new("edit", "Change a detail of an interview", "/edit 2 [company|role|interviewers|when|channel] [new value]", "change")
    {
        Details = "Corrects one detail of an interview. Without the detail or the new value I ask for them.",
        Examples = ["/edit 2", "/edit 2 when tomorrow 10:00", "/edit 1 role Staff Engineer"],
    };

    public async Task RunAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (await InterviewPicker.PickAsync(turn, Info.Name, arguments, cancellationToken) is { } picked)
        {
            await dialog.StartAsync(turn, picked.Interview, picked.Remainder, cancellationToken);
        }
    }
}
