using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Interviews;

namespace InterviewCoachBot.Engine.Commands;

/// <summary>Corrects one detail of an interview.</summary>
public sealed class EditInterviewCommand(EditInterviewDialog dialog) : ICommand
{
    public CommandInfo Info { get; } = new("edit", "Change a detail of an interview", "/edit 2 [company|role|interviewers|when|channel] [new value]", "change");

    public async Task RunAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (await InterviewPicker.PickAsync(turn, Info.Name, arguments, cancellationToken) is { } picked)
        {
            await dialog.StartAsync(turn, picked.Interview, picked.Remainder, cancellationToken);
        }
    }
}
