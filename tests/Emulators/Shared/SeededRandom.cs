namespace InterviewCoachBot.Emulators.Faults;

/// <summary>
/// A number in [0, 1) from a seed and a counter (SplitMix64): the same seed and request number give the same number in
/// every process, unlike <see cref="HashCode"/> or <see cref="Random"/> shared state.
/// </summary>
internal static class SeededRandom
{
    public static double Unit(long seed, long counter, long stream = 0)
    {
        var z = unchecked((ulong)seed + (0x9E3779B97F4A7C15UL * (ulong)(counter + 1)) + (0xBF58476D1CE4E5B9UL * (ulong)stream));
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return (z >> 11) * (1.0 / (1UL << 53));
    }
}
