using System.Globalization;

namespace InterviewCoachBot.Chaos.Tests;

/// <summary>The seed of a chaos run: <c>CHAOS_SEED</c> when set (to replay a run), else a fresh one; always printed.</summary>
internal static class ChaosSeed
{
    public const string Variable = "CHAOS_SEED";

    public static int Resolve() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } text
            ? int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture)
            : Random.Shared.Next(1, int.MaxValue);
}
