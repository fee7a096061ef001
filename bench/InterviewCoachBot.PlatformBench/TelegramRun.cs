using System.Diagnostics;
using InterviewCoachBot.Emulators.Telegram;

namespace InterviewCoachBot.PlatformBench;

/// <summary>
/// One bot process against a fresh Telegram emulator (and a fresh folder for its database). Latency is the emulator's
/// own clock: from just before an update is queued to the <c>Date</c> it gave the update's first reply.
/// </summary>
internal sealed class TelegramRun : IAsyncDisposable
{
    private const string Token = "424242:bench-token";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromMinutes(3);

    private readonly TelegramBot bot;
    private readonly TelegramEmulator telegram;
    private readonly string folder;
    private readonly ChildProcess process;

    private TelegramRun(TelegramBot bot, TelegramEmulator telegram, string folder, ChildProcess process)
    {
        this.bot = bot;
        this.telegram = telegram;
        this.folder = folder;
        this.process = process;
    }

    public static async Task<TelegramRun> StartAsync(TelegramBot bot)
    {
        var telegram = await TelegramEmulator.StartAsync(Token);
        var folder = Directory.CreateTempSubdirectory("icb-bench-").FullName;
        var run = new TelegramRun(bot, telegram, folder, bot.Start(telegram, folder));
        try
        {
            await telegram.WaitForLongPollAsync(StartTimeout);
        }
        catch (TimeoutException)
        {
            var output = run.process.Output;
            await run.DisposeAsync();
            throw new InvalidOperationException($"{bot.Name} did not start polling within {StartTimeout}:\n{output}");
        }

        return run;
    }

    /// <summary>Every one of <paramref name="users"/> writes once and is answered: the users exist and the code is warm.</summary>
    public Task WarmUpAsync(int users) => BurstAsync(users, users);

    /// <summary><paramref name="updates"/> updates from <paramref name="users"/> users, all queued at once.</summary>
    public async Task<Sample> BurstAsync(int users, int updates)
    {
        var baseline = CountReplies(users);
        var sent = new List<(int User, DateTimeOffset At)>(updates);
        for (var i = 0; i < updates; i++)
        {
            sent.Add((i % users, Send(i % users)));
        }

        return await CollectAsync(users, baseline, sent);
    }

    /// <summary>Updates at <paramref name="perSecond"/>, round robin over <paramref name="chats"/> chats, for <paramref name="duration"/>.</summary>
    public async Task<Sample> PacedAsync(int chats, int perSecond, TimeSpan duration)
    {
        var baseline = CountReplies(chats);
        var total = (int)(perSecond * duration.TotalSeconds);
        var sent = new List<(int User, DateTimeOffset At)>(total);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / perSecond) - clock.Elapsed;
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due);
            }

            sent.Add((i % chats, Send(i % chats)));
        }

        return await CollectAsync(chats, baseline, sent);
    }

    public async ValueTask DisposeAsync()
    {
        await process.DisposeAsync();
        await telegram.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    private DateTimeOffset Send(int user)
    {
        var at = TimeProvider.System.GetUtcNow();
        telegram.SendText(TelegramBot.UserId(user), bot.UserText);
        return at;
    }

    /// <summary>Waits until each update has its reply; the k-th new reply in a chat answers the k-th update sent to it.</summary>
    private async Task<Sample> CollectAsync(int users, int[] baseline, List<(int User, DateTimeOffset At)> sent)
    {
        var expected = new int[users];
        foreach (var (user, _) in sent)
        {
            expected[user]++;
        }

        var deadline = Stopwatch.StartNew();
        List<BotMessage>[] replies;
        while (true)
        {
            replies = [.. Enumerable.Range(0, users).Select(Replies)];
            if (Enumerable.Range(0, users).All(u => replies[u].Count >= baseline[u] + expected[u]))
            {
                break;
            }

            if (deadline.Elapsed > ReplyTimeout)
            {
                var answered = Enumerable.Range(0, users).Sum(u => Math.Min(replies[u].Count - baseline[u], expected[u]));
                throw new TimeoutException($"{bot.Name}: {answered} of {sent.Count} updates answered within {ReplyTimeout}:\n{process.Output}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20));
        }

        var next = (int[])baseline.Clone();
        var latencies = new List<TimeSpan>(sent.Count);
        var last = DateTimeOffset.MinValue;
        foreach (var (user, at) in sent)
        {
            var reply = replies[user][next[user]++].Date;
            latencies.Add(reply - at);
            last = reply > last ? reply : last;
        }

        return new Sample(sent.Count, last - sent[0].At, latencies);
    }

    private int[] CountReplies(int users) => [.. Enumerable.Range(0, users).Select(u => Replies(u).Count)];

    private List<BotMessage> Replies(int user) => [.. telegram.MessagesTo(TelegramBot.UserId(user)).Where(bot.IsReply)];
}
