namespace InterviewCoachBot.Adapters.Telegram.Tests;

internal static class PairwiseExtensions
{
    public static IEnumerable<TimeSpan> Pairwise(this IEnumerable<DateTimeOffset> times) =>
        times.Zip(times.Skip(1), (a, b) => b - a);
}
