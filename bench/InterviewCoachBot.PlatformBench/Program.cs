using InterviewCoachBot.PlatformBench;

// Platform benchmarks: our host process beside a bare reference bot on the loopback emulators, in the same run.
// `--smoke` runs every scenario once with tiny counts and prints the table instead of writing bench/RESULTS.md.
var smoke = args.Contains("--smoke");
var scale = smoke ? Scale.Smoke : Scale.Full;
var figures = new Figures();
for (var run = 1; run <= scale.Runs; run++)
{
    Console.WriteLine($"run {run} of {scale.Runs}");
    await TelegramBench.RunAsync(figures, scale);
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
