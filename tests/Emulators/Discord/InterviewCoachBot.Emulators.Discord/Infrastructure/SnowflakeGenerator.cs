using System.Globalization;

namespace InterviewCoachBot.Emulators.Discord.Infrastructure;

/// <summary>Makes Discord-style snowflakes (ms since 2015-01-01 shifted left 22, plus a counter).</summary>
internal sealed class SnowflakeGenerator(TimeProvider time)
{
    private const long DiscordEpochMs = 1420070400000;
    private long _counter;

    public string Next()
    {
        var ms = Math.Max(0, time.GetUtcNow().ToUnixTimeMilliseconds() - DiscordEpochMs);
        var increment = Interlocked.Increment(ref _counter) & 0x3FFFFF;
        return ((ms << 22) | increment).ToString(CultureInfo.InvariantCulture);
    }

    public static string Token(int bytes = 24) =>
        "aW50ZXJhY3Rpb24" + Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(bytes)).ToLowerInvariant();
}
