using System.Diagnostics;

namespace InterviewCoachBot.Emulators.Discord.Tests;

/// <summary>Runs <c>node check.mjs</c> from tests/Emulators/Discord/discordjs-check and collects its output lines.</summary>
internal sealed class NodeCheckProcess : IDisposable
{
    private readonly Process _process;
    private readonly Lock _lock = new();
    private readonly List<string> _lines = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private NodeCheckProcess(Process process) => _process = process;

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lock)
            {
                return [.. _lines];
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>The check folder, or null when it cannot be found above the test binaries.</summary>
    public static DirectoryInfo? FindCheckFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = new DirectoryInfo(Path.Combine(dir.FullName, "discordjs-check"));
            if (File.Exists(Path.Combine(candidate.FullName, "check.mjs")))
            {
                return candidate;
            }
        }

        return null;
    }

    public static NodeCheckProcess Start(DirectoryInfo folder, params string[] args)
    {
        var info = new ProcessStartInfo("node")
        {
            WorkingDirectory = folder.FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("check.mjs");
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var check = new NodeCheckProcess(process);
        process.OutputDataReceived += (_, e) => check.Add(e.Data);
        process.ErrorDataReceived += (_, e) => check.Add(e.Data is null ? null : "stderr: " + e.Data);
        process.Exited += (_, _) => check.Add(null);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return check;
    }

    public async Task<string> WaitForLineAsync(Func<string, bool> match, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (true)
        {
            Task next;
            lock (_lock)
            {
                next = _changed.Task;
                if (_lines.FirstOrDefault(match) is { } line)
                {
                    return line;
                }
            }

            try
            {
                await next.WaitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException("discord.js check output so far:\n" + string.Join('\n', Lines));
            }
        }
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private void Add(string? line)
    {
        TaskCompletionSource old;
        lock (_lock)
        {
            if (line is not null)
            {
                _lines.Add(line);
            }

            old = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        old.TrySetResult();
    }
}
