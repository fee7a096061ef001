using System.Diagnostics;
using InterviewCoachBot.Emulators.Discord;

namespace InterviewCoachBot.PlatformBench;

/// <summary>
/// One bot process against a fresh Discord emulator. ACK latency is the emulator's own: from INTERACTION_CREATE to the
/// first accepted callback; a callback after the 3 s window gets 10062 and counts as missed.
/// </summary>
internal sealed class DiscordRun : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Past the 3 s window nothing can be accepted any more; the margin lets late callbacks land and be refused.</summary>
    private static readonly TimeSpan SettleAfterLastSend = TimeSpan.FromSeconds(5);

    private readonly DiscordEmulator discord;
    private readonly string folder;
    private readonly ChildProcess process;

    private DiscordRun(DiscordEmulator discord, string folder, ChildProcess process)
    {
        this.discord = discord;
        this.folder = folder;
        this.process = process;
    }

    public static async Task<DiscordRun> StartAsync(DiscordBot bot)
    {
        var discord = await DiscordEmulator.StartAsync(DiscordBot.Token, DiscordBot.ApplicationId);
        var folder = Directory.CreateTempSubdirectory("icb-bench-").FullName;
        var run = new DiscordRun(discord, folder, bot.Start(discord, folder));
        try
        {
            await discord.WaitForGatewayAsync(s => s.Sessions == 1 && s.LastSequence > 0, StartTimeout);
        }
        catch (TimeoutException)
        {
            var output = run.process.Output;
            await run.DisposeAsync();
            throw new InvalidOperationException($"{bot.Name} did not connect to the gateway within {StartTimeout}:\n{output}");
        }

        return run;
    }

    /// <summary><paramref name="interactions"/> slash commands from <paramref name="users"/> users dispatched back to back.</summary>
    public async Task<Sample> BurstAsync(int users, int interactions)
    {
        var handles = new List<(InteractionHandle Handle, TimeSpan SentAt)>(interactions);
        var burst = Stopwatch.StartNew();
        for (var i = 0; i < interactions; i++)
        {
            var handle = await discord.SendSlashCommandAsync(DiscordBot.User(i % users), DiscordBot.Command, new Dictionary<string, object?>());
            handles.Add((handle, burst.Elapsed));
        }

        var sentFor = Stopwatch.StartNew();
        while (handles.Any(h => h.Handle.CurrentResponse is null) && sentFor.Elapsed < SettleAfterLastSend)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20));
        }

        var acked = handles.Where(h => h.Handle.CurrentResponse is not null).Select(h => (h.SentAt, h.Handle.CurrentResponse!.AckLatency)).ToList();
        if (acked.Count == 0)
        {
            throw new InvalidOperationException($"No interaction was acknowledged:\n{process.Output}");
        }

        // The burst lasts from the first dispatch to the last accepted ACK.
        var elapsed = acked.Max(a => a.SentAt + a.AckLatency);
        return new Sample(acked.Count, elapsed, [.. acked.Select(a => a.AckLatency)], interactions - acked.Count);
    }

    public async ValueTask DisposeAsync()
    {
        await process.DisposeAsync();
        await discord.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }
}
