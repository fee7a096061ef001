using InterviewCoachBot.Engine.Nudges;
using InterviewCoachBot.Engine.Time;

namespace InterviewCoachBot.Engine.Content;

/// <summary>All content files, loaded and validated once at start-up; a bad file stops the host with file, line and problem.</summary>
public sealed record ContentLibrary(
    TimeZoneDirectory TimeZones,
    ThankYouContent ThankYou,
    WaitingContent Waiting,
    ScheduledStepContent Call,
    ScheduledStepContent Second,
    NudgeContent Nudges)
{
    public const string TimeZonesFile = "timezones.yaml";

    /// <summary>Every checklist, by the key its ticks are stored under.</summary>
    public IReadOnlyList<Checklist> Checklists => [ThankYou.Checklist, Call.Checklist, Second.Checklist];

    /// <exception cref="ContentException">A file is missing or invalid.</exception>
    public static ContentLibrary Load(string directory) => new(
        TimeZoneDirectory.Load(TimeZonesFile, ReadFile(directory, TimeZonesFile)),
        ThankYouContent.Read(ReadFile(directory, ThankYouContent.FileName)),
        WaitingContent.Read(ReadFile(directory, WaitingContent.FileName)),
        ScheduledStepContent.ReadCall(ReadFile(directory, ScheduledStepContent.CallFileName)),
        ScheduledStepContent.ReadSecond(ReadFile(directory, ScheduledStepContent.SecondFileName)),
        NudgeContent.Read(ReadFile(directory, NudgeContent.FileName)));

    private static string ReadFile(string directory, string fileName)
    {
        var path = Path.Combine(directory, fileName);
        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new ContentException(fileName, 0, $"the file is missing (looked in {Path.GetFullPath(directory)})");
    }
}
