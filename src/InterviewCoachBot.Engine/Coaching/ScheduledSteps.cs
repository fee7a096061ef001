using InterviewCoachBot.Engine.Content;

namespace InterviewCoachBot.Engine.Coaching;

/// <summary>The two scheduled steps, built from their content.</summary>
public sealed class ScheduledSteps(ContentLibrary content)
{
    public ScheduledStep Call { get; } = new(
        ScheduledStepContent.CallKey,
        "follow-up call",
        content.Call,
        AsksWith: true,
        interview => interview.CallAt,
        (interview, when, with) => interview with { CallAt = when, CallWith = with });

    public ScheduledStep Second { get; } = new(
        ScheduledStepContent.SecondKey,
        "second interview",
        content.Second,
        AsksWith: false,
        interview => interview.SecondAt,
        (interview, when, _) => interview with { SecondAt = when });

    public ScheduledStep Find(string key) =>
        key == Call.Key ? Call : key == Second.Key ? Second : throw new ArgumentOutOfRangeException(nameof(key), key, "Unknown scheduled step.");
}
