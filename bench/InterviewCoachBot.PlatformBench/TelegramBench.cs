namespace InterviewCoachBot.PlatformBench;

/// <summary>P2: our bot and the grammY echo bot on the loopback Bot API emulator, a burst and a paced stream.</summary>
internal static class TelegramBench
{
    public static async Task RunAsync(Figures figures, Scale scale)
    {
        foreach (var bot in new[] { TelegramBot.Ours, TelegramBot.Grammy })
        {
            await using var run = await TelegramRun.StartAsync(bot);
            await run.WarmUpAsync(scale.BurstUsers);

            var burst = await run.BurstAsync(scale.BurstUsers, scale.BurstUpdates);
            Record(figures, bot, $"P2 burst, {scale.BurstUpdates} updates from {scale.BurstUsers} users", "updates/s", burst, withRate: true);

            var paced = await run.PacedAsync(scale.PacedChats, scale.PacedPerSecond, scale.PacedDuration);
            Record(figures, bot, $"P2 paced, {scale.PacedPerSecond}/s over {scale.PacedChats} chats for {scale.PacedDuration.TotalSeconds:0} s", "updates/s", paced, withRate: false);
        }
    }

    private static void Record(Figures figures, TelegramBot bot, string scenario, string rate, Sample sample, bool withRate)
    {
        var reference = TelegramBot.Grammy.Name;
        if (withRate)
        {
            figures.Add(new Metric(scenario, rate, reference), bot.Name, sample.PerSecond);
        }

        figures.Add(new Metric(scenario, "p50 ms", reference), bot.Name, sample.P50Ms);
        figures.Add(new Metric(scenario, "p99 ms", reference), bot.Name, sample.P99Ms);
        Console.WriteLine($"{scenario} {bot.Name}: {sample.Count} in {sample.Elapsed.TotalSeconds:0.00} s = {sample.PerSecond:0} {rate}, p50 {sample.P50Ms:0.0} ms, p99 {sample.P99Ms:0.0} ms");
    }
}
