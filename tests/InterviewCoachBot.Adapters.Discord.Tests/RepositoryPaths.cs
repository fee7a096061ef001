namespace InterviewCoachBot.Adapters.Discord.Tests;

/// <summary>Locates the repository from the test binaries, for the real <c>content/</c> folder.</summary>
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
