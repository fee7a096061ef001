using InterviewCoachBot.Engine.Content;
using InterviewCoachBot.Engine.Model;

namespace InterviewCoachBot.Engine.Coaching;

/// <summary>A step with a date, a checklist and a notes sheet: the follow-up call or the second interview.</summary>
/// <param name="Key">The command verb and the key of its checklist and sheet.</param>
/// <param name="Name">How the step is called in sentences ("follow-up call").</param>
/// <param name="AsksWith">True when scheduling also asks who the candidate will talk to.</param>
public sealed record ScheduledStep(
    string Key,
    string Name,
    ScheduledStepContent Content,
    bool AsksWith,
    Func<Interview, DateTimeOffset?> When,
    Func<Interview, DateTimeOffset, string, Interview> Schedule);
