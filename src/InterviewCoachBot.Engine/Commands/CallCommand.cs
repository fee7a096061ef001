using InterviewCoachBot.Engine.Coaching;
using InterviewCoachBot.Engine.Conversation;

namespace InterviewCoachBot.Engine.Commands;

/// <summary>The follow-up call: schedule it, its eight-purpose checklist, notes and the prep sheet.</summary>
public sealed class CallCommand(ScheduledSteps steps, ScheduleDialog schedule, NoteDialog notes, ScheduledStepOverview overview)
    : ScheduledStepCommand(steps.Call, schedule, notes, overview)
{
    public override CommandInfo Info { get; } = new("call", "Prepare a follow-up call: schedule, checklist, prep sheet", "/call [N] [schedule|note|sheet]")
    {
        Details = "Helps you prepare a follow-up call: schedule it, work through its checklist, add notes and get a prep sheet.",
        Examples = ["/call 1", "/call 1 schedule", "/call 1 note", "/call 1 sheet"],
    };
}
