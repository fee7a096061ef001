using InterviewCoachBot.PlatformBench;

// Platform benchmarks: our host process beside a bare reference bot on the loopback emulators, in the same run.
// `--smoke` runs every scenario once with tiny counts and prints the table instead of writing bench/RESULTS.md;
// `--only p2` or `--only p3` runs one platform.
var smoke = args.Contains("--smoke");
var only = args.SkipWhile(arg => arg != "--only").Skip(1).FirstOrDefault();
var scale = smoke ? Scale.Smoke : Scale.Full;
var figures = new Figures();
for (var run = 1; run <= scale.Runs; run++)
{
    Console.WriteLine($"run {run} of {scale.Runs}");
    if (only is null or "p2")
    {
        await TelegramBench.RunAsync(figures, scale);
    }

    if (only is null or "p3")
    {
        await DiscordBench.RunAsync(figures, scale);
    }
}

var report = ResultsReport.Render(figures, scale.Runs, TelegramBot.Ours.Name);
if (smoke)
{
    Console.WriteLine(report);
}
else
{
    var path = Path.Combine(Repository.Root, "bench", "RESULTS.md");
    await File.WriteAllTextAsync(path, report);
    Console.WriteLine($"written to {path}");
}
