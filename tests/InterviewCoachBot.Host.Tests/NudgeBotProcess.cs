using System.Diagnostics;
using System.Text;

namespace InterviewCoachBot.Host.Tests;

/// <summary>
/// The built bot as a long-running console process: stdin stays open (so the chat keeps running while nudges fall due),
/// stdout is collected as it arrives, and the process can be killed hard (SIGKILL), as a crash would.
/// </summary>
internal sealed class NudgeBotProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly StringBuilder errors = new();
    private readonly Lock gate = new();
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private NudgeBotProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, line) => Append(output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(errors, line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (gate)
            {
                return output.ToString();
            }
        }
    }

    public string Errors
    {
        get
        {
            lock (gate)
            {
                return errors.ToString();
            }
        }
    }

    public static NudgeBotProcess Start(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(Path.Combine(BotProcess.HostDirectory, "InterviewCoachBot.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var key in start.Environment.Keys.Where(key => key.Contains("__", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        return new NudgeBotProcess(Process.Start(start) ?? throw new InvalidOperationException("The bot process did not start."));
    }

    public async Task TypeAsync(params string[] lines)
    {
        foreach (var line in lines)
        {
            await process.StandardInput.WriteLineAsync(line);
        }

        await process.StandardInput.FlushAsync();
    }

    /// <summary>Waits, without polling, until the output satisfies <paramref name="condition"/>; fails after <paramref name="timeout"/>.</summary>
    public async Task WaitForAsync(Func<string, bool> condition, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        while (true)
        {
            Task next;
            lock (gate)
            {
                if (condition(output.ToString()))
                {
                    return;
                }

                next = changed.Task;
            }

            try
            {
                await next.WaitAsync(limit.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"Waited {timeout} in vain. Output so far:\n{Output}\nErrors:\n{Errors}");
            }
        }
    }

    /// <summary>SIGKILL: no shutdown code runs, as in a crash.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    /// <summary>Closes stdin (the chat ends) and waits for the exit code.</summary>
    public async Task<int> EndInputAsync(CancellationToken cancellationToken)
    {
        process.StandardInput.Close();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(limit.Token);
        return process.ExitCode;
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

    private void Append(StringBuilder target, string? line)
    {
        if (line is null)
        {
            return;
        }

        TaskCompletionSource done;
        lock (gate)
        {
            target.AppendLine(line);
            done = changed;
            changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        done.TrySetResult();
    }
}
