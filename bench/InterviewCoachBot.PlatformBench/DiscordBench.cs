namespace InterviewCoachBot.PlatformBench;

/// <summary>P3: our gateway and a bare discord.js echo on the loopback Discord emulator, a burst of slash commands.</summary>
internal static class DiscordBench
{
    public static async Task RunAsync(Figures figures, Scale scale)
    {
        var scenario = $"P3 burst, {scale.InteractionBurst} slash commands from {scale.BurstUsers} users";
        var reference = DiscordBot.DiscordJs.Name;
        foreach (var bot in new[] { DiscordBot.Ours, DiscordBot.DiscordJs })
        {
            await using var run = await DiscordRun.StartAsync(bot);
            await run.BurstAsync(scale.BurstUsers, scale.BurstUsers);

            var burst = await run.BurstAsync(scale.BurstUsers, scale.InteractionBurst);
            figures.Add(new Metric(scenario, "ACKs/s", reference), bot.Name, burst.PerSecond);
            figures.Add(new Metric(scenario, "ACK p50 ms", reference), bot.Name, burst.P50Ms);
            figures.Add(new Metric(scenario, "ACK p99 ms", reference), bot.Name, burst.P99Ms);
            figures.Add(new Metric(scenario, "missed the 3 s deadline", reference), bot.Name, burst.Missed);
            Console.WriteLine($"{scenario} {bot.Name}: {burst.Count} ACKs in {burst.Elapsed.TotalSeconds:0.00} s = {burst.PerSecond:0}/s, p50 {burst.P50Ms:0.0} ms, p99 {burst.P99Ms:0.0} ms, {burst.Missed} missed");
        }
    }
}
