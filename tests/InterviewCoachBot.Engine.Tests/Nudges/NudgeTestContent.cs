using InterviewCoachBot.Engine.Content;

namespace InterviewCoachBot.Engine.Tests.Nudges;

/// <summary>The repository's content, loaded once for the nudge tests (the time zone list is slow to read).</summary>
internal static class NudgeTestContent
{
    private static readonly Lazy<ContentLibrary> Shared = new(() => ContentLibrary.Load(RepositoryPaths.Content));

    public static ContentLibrary Library => Shared.Value;
}
