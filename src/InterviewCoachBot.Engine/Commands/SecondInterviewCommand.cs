using InterviewCoachBot.Engine.Coaching;
using InterviewCoachBot.Engine.Conversation;

namespace InterviewCoachBot.Engine.Commands;

/// <summary>The second interview: schedule it, its checklist, notes and the one-page cheat sheet.</summary>
public sealed class SecondInterviewCommand(ScheduledSteps steps, ScheduleDialog schedule, NoteDialog notes, ScheduledStepOverview overview)
    : ScheduledStepCommand(steps.Second, schedule, notes, overview)
{
    public override CommandInfo Info { get; } = new("second", "Prepare a second interview: schedule, checklist, cheat sheet", "/second [N] [schedule|note|sheet]")
    {
        Details = "Helps you prepare a second interview: schedule it, work through its checklist, add notes and get a one-page cheat sheet.",
        Examples = ["/second 1", "/second 1 schedule", "/second 1 sheet"],
    };
}
