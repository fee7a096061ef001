namespace InterviewCoachBot.PlatformBench;

/// <summary>One measured quantity of one scenario, e.g. ("P2 burst", "updates/s", "grammY echo"), and what ours is compared with.</summary>
internal sealed record Metric(string Scenario, string Name, string Reference);

/// <summary>Every run's value per metric and bot, in the order the metrics were first seen.</summary>
internal sealed class Figures
{
    private readonly List<Metric> metrics = [];
    private readonly Dictionary<(Metric, string Bot), List<double>> values = [];

    public IReadOnlyList<Metric> Metrics => metrics;

    public void Add(Metric metric, string bot, double value)
    {
        if (!metrics.Contains(metric))
        {
            metrics.Add(metric);
        }

        if (!values.TryGetValue((metric, bot), out var list))
        {
            list = [];
            values[(metric, bot)] = list;
        }

        list.Add(value);
    }

    /// <summary>Median, min and max over the runs; null when the bot has no value for it.</summary>
    public (double Median, double Min, double Max)? Summary(Metric metric, string bot)
    {
        if (!values.TryGetValue((metric, bot), out var list))
        {
            return null;
        }

        var sorted = list.Order().ToList();
        var middle = sorted.Count / 2;
        var median = sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return (median, sorted[0], sorted[^1]);
    }
}
