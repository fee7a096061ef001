using System.Reflection;

namespace InterviewCoachBot.Host;

/// <summary><c>InterviewCoachBot --version</c>: the build's version (with the commit it was built from, when known).</summary>
internal static class VersionVerb
{
    public const string Name = "--version";

    public static string Text =>
        "InterviewCoachBot " + (typeof(VersionVerb).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");

    public static async Task<int> RunAsync(TextWriter output)
    {
        await output.WriteLineAsync(Text);
        return 0;
    }
}
