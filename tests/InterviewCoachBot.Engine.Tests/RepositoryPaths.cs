namespace InterviewCoachBot.Engine.Tests;

/// <summary>Locates the repository from the test binaries, so tests can read the real files under <c>content/</c>.</summary>
internal static class RepositoryPaths
{
    /// <summary>The folder holding <c>InterviewCoachBot.sln</c>.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The <c>content</c> folder of the repository.</summary>
    public static string Content { get; } = Path.Combine(Root, "content");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "InterviewCoachBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} contains InterviewCoachBot.sln.");
    }
}
