using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace InterviewCoachBot.PlatformBench;

/// <summary>Writes the figures as Markdown: machine, date, commit, then median (min-max) per bot and the ratio ours/reference.</summary>
internal static class ResultsReport
{
    public static string Render(Figures figures, int runs, string ours)
    {
        var text = new StringBuilder();
        text.AppendLine("# Platform benchmarks (P2 Telegram, P3 Discord)").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"- Machine: {Environment.ProcessorCount} CPUs (`nproc`), {CpuModel()}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Date: {TimeProvider.System.GetUtcNow():yyyy-MM-dd HH:mm} UTC");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Commit: {Commit()}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Median of {runs} run(s), min-max in brackets; each run starts fresh emulators, processes and database.");
        text.AppendLine().AppendLine("| scenario | metric | ours | reference | ratio ours/reference |").AppendLine("|---|---|---:|---:|---:|");
        foreach (var metric in figures.Metrics)
        {
            var mine = figures.Summary(metric, ours);
            var theirs = figures.Summary(metric, metric.Reference);
            var ratio = mine is { } m && theirs is { } t && t.Median > 0 ? (m.Median / t.Median).ToString("0.00x", CultureInfo.InvariantCulture) : "-";
            text.AppendLine(CultureInfo.InvariantCulture, $"| {metric.Scenario} | {metric.Name} | {Cell(mine)} | {metric.Reference}: {Cell(theirs)} | {ratio} |");
        }

        return text.ToString();
    }

    private static string Cell((double Median, double Min, double Max)? summary) => summary is { } s
        ? string.Create(CultureInfo.InvariantCulture, $"{Number(s.Median)} ({Number(s.Min)}-{Number(s.Max)})")
        : "-";

    private static string Number(double value) => value.ToString(value >= 100 ? "0" : "0.0", CultureInfo.InvariantCulture);

    private static string CpuModel() =>
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(line => line.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU"
            : "unknown CPU";

    private static string Commit()
    {
        var start = new ProcessStartInfo("git", ["-C", Repository.Root, "log", "-1", "--format=%h (%cs)"]) { RedirectStandardOutput = true };
        using var git = Process.Start(start)!;
        var line = git.StandardOutput.ReadToEnd().Trim();
        git.WaitForExit();
        return line;
    }
}
