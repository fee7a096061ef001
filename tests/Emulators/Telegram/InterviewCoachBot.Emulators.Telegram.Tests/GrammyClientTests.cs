using System.Collections.Concurrent;
using System.ComponentModel;
using System.Diagnostics;
using static InterviewCoachBot.Emulators.Telegram.Tests.TestBots;

namespace InterviewCoachBot.Emulators.Telegram.Tests;

/// <summary>
/// A real third-party client, grammY (npm), long-polls the emulator: /start → HTML reply with an inline
/// keyboard; button → answerCallbackQuery + editMessageText; then bot.stop() confirms the offset.
/// Needs <c>npm ci --prefix tests/Emulators/Telegram/grammy-check</c>; skipped without it unless CI=true.
/// </summary>
public sealed class GrammyClientTests
{
    private const long User = 31337;
    private const string InstallCommand = "npm ci --prefix tests/Emulators/Telegram/grammy-check";

    [Fact]
    public async Task GrammyBot_StartThenButton_RepliesAnswersEditsAndConfirmsOffset()
    {
        var checkDir = Path.Combine(RepositoryRoot(), "tests", "Emulators", "Telegram", "grammy-check");
        if (!Directory.Exists(Path.Combine(checkDir, "node_modules", "grammy")))
        {
            SkipOrFail($"grammY is not installed in {checkDir}; run `{InstallCommand}` from the repository root.");
        }

        await using var emulator = await StartEmulatorAsync();
        var output = new ConcurrentQueue<string>();
        using var node = StartNode(checkDir, emulator, output);
        try
        {
            await emulator.WaitForLongPollAsync(TimeSpan.FromSeconds(30));

            var startId = emulator.SendText(User, "/start", "Ann & Bob");
            var reply = await emulator.WaitForMessageAsync(User, m => m.InlineKeyboard.Count > 0, Wait);
            var pressId = emulator.PressButton(User, reply.MessageId, "ready:yes");
            var edited = await emulator.WaitForMessageAsync(User, m => m.MessageId == reply.MessageId && m.Version == 1, Wait);
            await node.WaitForExitAsync(Ct).WaitAsync(Wait, Ct);

            Assert.Equal("Welcome, <b>Ann &amp; Bob</b>! Ready?", reply.Text);
            Assert.Equal("HTML", reply.ParseMode);
            Assert.Equal("Welcome, Ann & Bob! Ready?", reply.PlainText);
            Assert.Equal(["ready:yes", "ready:later"], reply.CallbackData);
            Assert.Equal("You chose <i>ready:yes</i>", edited.Text);
            Assert.Equal("You chose ready:yes", edited.PlainText);
            Assert.Empty(edited.InlineKeyboard);
            var answer = Assert.Single(emulator.AnsweredCallbackQueries);
            Assert.Equal((emulator.CallbackQueryIdOf(pressId), "Noted"), (answer.QueryId, answer.Text));
            Assert.Equal([startId, pressId], emulator.DeliveredUpdateIds);
            Assert.Equal(pressId + 1, emulator.ConfirmedOffset);
            Assert.Equal([new DeleteWebhookCall(false)], emulator.DeleteWebhookCalls);
            Assert.Contains(emulator.Requests, r => r.Method == "getMe" && r.StatusCode == 200);
            Assert.DoesNotContain(emulator.Requests, r => r.StatusCode is not (200 or 0));
            Assert.True(node.ExitCode == 0, "grammY exited with " + node.ExitCode + ":\n" + string.Join('\n', output));
        }
        catch (Exception ex) when (ex is TimeoutException or Xunit.Sdk.XunitException)
        {
            throw new InvalidOperationException("grammY output:\n" + string.Join('\n', output), ex);
        }
        finally
        {
            if (!node.HasExited)
            {
                node.Kill(entireProcessTree: true);
                await node.WaitForExitAsync(CancellationToken.None);
            }
        }
    }

    private static Process StartNode(string checkDir, TelegramEmulator emulator, ConcurrentQueue<string> output)
    {
        var info = new ProcessStartInfo("node")
        {
            WorkingDirectory = checkDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("check.mjs");
        info.ArgumentList.Add(emulator.BaseUrl.ToString().TrimEnd('/'));
        info.ArgumentList.Add(emulator.BotToken);
        info.ArgumentList.Add("2");
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { output.Enqueue(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { output.Enqueue("stderr: " + e.Data); } };
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            process.Dispose();
            SkipOrFail($"`node` could not be started ({ex.Message}); install Node.js 18+ and run `{InstallCommand}`.");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Skips on a developer machine without the tooling; on CI (CI=true) a missing install is a failure.</summary>
    private static void SkipOrFail(string message)
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(message + " (CI=true: the grammY check must run.)");
        }

        Assert.Skip(message);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "InterviewCoachBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("InterviewCoachBot.sln not found above " + AppContext.BaseDirectory);
    }
}
