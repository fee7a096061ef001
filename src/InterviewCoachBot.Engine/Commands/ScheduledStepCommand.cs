using InterviewCoachBot.Engine.Coaching;
using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Interviews;

namespace InterviewCoachBot.Engine.Commands;

/// <summary>
/// The shared verb shape of the follow-up call and the second interview: schedule it, see its overview and checklist,
/// add notes, and read the sheet assembled from them.
/// </summary>
public abstract class ScheduledStepCommand(ScheduledStep step, ScheduleDialog schedule, NoteDialog notes, ScheduledStepOverview overview) : ICommand
{
    public abstract CommandInfo Info { get; }

    public async Task RunAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (await InterviewPicker.PickAsync(turn, step.Key, arguments, cancellationToken) is not { } picked)
        {
            return;
        }

        var interview = picked.Interview;
        var (action, rest) = CommandLine.Split(picked.Remainder);
        switch (action)
        {
            case "schedule":
            case "" when step.When(interview) is null:
                await schedule.StartAsync(turn, step, interview, cancellationToken);
                break;
            case "note":
                await notes.StartAsync(turn, step, interview, rest, cancellationToken);
                break;
            case "sheet":
                turn.Say(await overview.SheetAsync(turn, step, interview, cancellationToken));
                break;
            case "":
                turn.Say(await overview.ShowAsync(turn, step, interview, cancellationToken));
                break;
            default:
                turn.Say($"/{step.Key} {interview.Number} shows your {step.Name}; add \"schedule\", \"note\" or \"sheet\" to do more.");
                break;
        }
    }
}
