using System.Diagnostics;
using System.Reflection;

namespace InterviewCoachBot.Host.Tests;

/// <summary>Starts the built bot as a real process, the way a user runs it, and collects what it prints.</summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly Task<string> output;
    private readonly Task<string> errors;

    private BotProcess(Process process)
    {
        this.process = process;
        output = process.StandardOutput.ReadToEndAsync();
        errors = process.StandardError.ReadToEndAsync();
    }

    public static string HostDirectory { get; } = Path.Combine(
        RepositoryRoot(), "src", "InterviewCoachBot.Host", "bin",
        typeof(BotProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration, "net10.0");

    public int Id => process.Id;

    /// <param name="environment">Extra variables; the bot's own settings are cleared so the machine's config can't leak in.</param>
    /// <param name="workingDirectory">Where the bot is started from; the system temp folder unless given.</param>
    /// <param name="programDirectory">Where the program is, when not <see cref="HostDirectory"/> (a copy with other files beside it).</param>
    public static BotProcess Start(
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null,
        string? workingDirectory = null,
        string? programDirectory = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        start.ArgumentList.Add(Path.Combine(programDirectory ?? HostDirectory, "InterviewCoachBot.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var key in start.Environment.Keys.Where(IsBotSetting).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        return new BotProcess(Process.Start(start) ?? throw new InvalidOperationException("The bot process did not start."));
    }

    /// <summary>Types one line and leaves stdin open, so the bot keeps running.</summary>
    public async Task TypeAsync(string line, CancellationToken cancellationToken)
    {
        await process.StandardInput.WriteLineAsync(line.AsMemory(), cancellationToken);
        await process.StandardInput.FlushAsync(cancellationToken);
    }

    /// <summary>Types the lines, closes stdin, and waits for the bot to exit on its own.</summary>
    public async Task<BotRun> RunScriptAsync(IEnumerable<string> lines, CancellationToken cancellationToken)
    {
        foreach (var line in lines)
        {
            await process.StandardInput.WriteLineAsync(line.AsMemory(), cancellationToken);
        }

        process.StandardInput.Close();
        return await WaitForExitAsync(cancellationToken);
    }

    public async Task<BotRun> WaitForExitAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new BotRun(process.ExitCode, await output, await errors);
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private static bool IsBotSetting(string key) =>
        key.StartsWith("Telegram__", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("Discord__", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("Storage__", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("Engine__", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("Console__", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("Nudges__", StringComparison.OrdinalIgnoreCase);

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "InterviewCoachBot.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Cannot find the repository root.");
    }
}
