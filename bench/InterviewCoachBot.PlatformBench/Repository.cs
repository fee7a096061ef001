namespace InterviewCoachBot.PlatformBench;

/// <summary>Paths in the checkout the runner was built from.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Configuration { get; } =
#if DEBUG
        "Debug";
#else
        "Release";
#endif

    /// <summary>The built host (a project reference builds it in this configuration).</summary>
    public static string HostDll => Path.Combine(Root, "src", "InterviewCoachBot.Host", "bin", Configuration, "net10.0", "InterviewCoachBot.dll");

    public static string EchoBot(string name, string script) => Path.Combine(Root, "bench", "echo-bots", name, script);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "InterviewCoachBot.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Cannot find the repository root.");
    }
}
