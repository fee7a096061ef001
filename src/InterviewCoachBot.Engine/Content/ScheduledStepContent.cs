namespace InterviewCoachBot.Engine.Content;

/// <summary>
/// A scheduled step with a checklist and a sheet of the candidate's notes: the follow-up call
/// (<c>follow-up-call.yaml</c>) and the second interview (<c>second-interview.yaml</c>) share this shape.
/// </summary>
public sealed record ScheduledStepContent(Template Scheduled, Checklist Checklist, NoteSheet Sheet)
{
    public const string CallFileName = "follow-up-call.yaml";
    public const string SecondFileName = "second-interview.yaml";
    public const string CallKey = "call";
    public const string SecondKey = "second";

    public static ScheduledStepContent ReadCall(string yaml)
    {
        var root = ContentNode.Parse(CallFileName, yaml).Only("scheduled", "checklist", "prep_sheet");
        return new ScheduledStepContent(
            root.Template("scheduled", "when", "with", "company"),
            ContentLists.Checklist(root, CallKey),
            ContentLists.Sheet(root, "prep_sheet", CallKey));
    }

    public static ScheduledStepContent ReadSecond(string yaml)
    {
        var root = ContentNode.Parse(SecondFileName, yaml).Only("scheduled", "checklist", "cheat_sheet");
        return new ScheduledStepContent(
            root.Template("scheduled", "when", "company"),
            ContentLists.Checklist(root, SecondKey),
            ContentLists.Sheet(root, "cheat_sheet", SecondKey));
    }
}
