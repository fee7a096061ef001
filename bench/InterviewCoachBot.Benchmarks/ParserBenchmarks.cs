using BenchmarkDotNet.Attributes;
using InterviewCoachBot.Engine.Time;

namespace InterviewCoachBot.Benchmarks;

/// <summary>Date parsing runs on every date a user types; it should cost microseconds, not milliseconds.</summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private readonly MomentParser parser = new();
    private readonly TimeZoneInfo berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Params("tomorrow 10:30", "25 Nov 14:30", "2 hours ago", "next mon 9am")]
    public string Text { get; set; } = string.Empty;

    [Benchmark]
    public MomentParseResult Parse() => parser.Parse(Text, Now, berlin);
}
