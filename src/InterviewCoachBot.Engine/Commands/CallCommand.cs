using InterviewCoachBot.Engine.Coaching;
using InterviewCoachBot.Engine.Conversation;

namespace InterviewCoachBot.Engine.Commands;

/// <summary>The follow-up call: schedule it, its eight-purpose checklist, notes and the prep sheet.</summary>
public sealed class CallCommand(ScheduledSteps steps, ScheduleDialog schedule, NoteDialog notes, ScheduledStepOverview overview)
    : ScheduledStepCommand(steps.Call, schedule, notes, overview)
{
    public override CommandInfo Info { get; } = new("call", "Prepare a follow-up call: schedule, checklist, prep sheet", "/call [N] [schedule|note|sheet]");
}
