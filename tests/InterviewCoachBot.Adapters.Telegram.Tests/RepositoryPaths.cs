namespace InterviewCoachBot.Adapters.Telegram.Tests;

/// <summary>Locates the repository from the test binaries, so tests can load the real <c>content/</c>.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

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
