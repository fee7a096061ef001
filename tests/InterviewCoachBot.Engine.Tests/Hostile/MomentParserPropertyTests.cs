using System.Globalization;
using CsCheck;
using InterviewCoachBot.Engine.Time;
using InterviewCoachBot.Testing;

namespace InterviewCoachBot.Engine.Tests.Hostile;

/// <summary>The date and time parser against hostile text: it never throws, and every refusal says what to type instead.</summary>
public sealed class MomentParserPropertyTests
{
    private static readonly MomentParser Parser = new();

    /// <summary>Zones with DST gaps and overlaps, odd offsets (+05:45, +12:45, +14:00, -03:30) and a 30-minute DST shift.</summary>
    private static readonly TimeZoneInfo[] Zones =
    [
        .. new[]
        {
            "UTC", "Europe/Berlin", "America/New_York", "Asia/Kathmandu", "Pacific/Chatham", "Pacific/Kiritimati",
            "America/St_Johns", "Australia/Lord_Howe", "America/Santiago",
        }.Select(TimeZoneInfo.FindSystemTimeZoneById),
    ];

    private static readonly Gen<TimeZoneInfo> Zone = Gen.OneOf(Zones);

    /// <summary>Any minute from 1950 to 2100.</summary>
    private static readonly Gen<DateTimeOffset> Now =
        Gen.Long[0, 150L * 365 * 24 * 60].Select(minutes => new DateTimeOffset(1950, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(minutes));

    /// <summary>Text made mostly of words the parser knows, so that deeper branches are reached than with noise alone.</summary>
    private static readonly Gen<string> DateLike = Gen.Frequency(
        (3, HostileText.Short()),
        (3, Gen.OneOf(
            "today", "tomorrow", "yesterday", "tonight", "next", "last", "mon", "fri", "sunday", "in", "ago", "a", "an", "2",
            "tmrw", "this", "by", "morning", "evening", "thurs",
            "99999", "days", "week", "hours", "min", "at", "on", ",", "10:30", "23:59", "0:00", "7", "12", "am", "pm", "noon",
            "midnight", "25", "nov", "sept", "2026", "1900", "2126", "2026-11-30", "2026-02-29", "29/02", "11/25", "5/11",
            "2026-11-01t05:30z", "+01:00", "-14:00", "+1400", "z", "utc", " ", "-", "/", ".").Array[0, 6].Select(words => string.Join(' ', words))));

    [Fact]
    public void Parse_AnyText_AnswersWithAMomentOrAReason()
    {
        Gen.Select(Gen.Frequency((3, DateLike), (1, HostileText.Any(limit: 100))), Now, Zone, Gen.Bool)
            .Sample((text, now, zone, upcoming) =>
            {
                var result = Parser.Parse(text, now, zone, upcoming);
                Assert.True(result is MomentParseResult.Parsed or MomentParseResult.AmbiguousLocalTime || FriendlyReason(result));
            }, iter: 4000);
    }

    [Fact]
    public void ParseDay_AnyText_AnswersWithADayOrAProblem()
    {
        Gen.Select(Gen.Frequency((3, DateLike), (1, HostileText.Any(limit: 100))), Now, Zone)
            .Sample((text, now, zone) =>
            {
                var (day, problem) = Parser.ParseDay(text, now, zone);
                Assert.True(day is not null ^ !string.IsNullOrWhiteSpace(problem));
            }, iter: 3000);
    }

    [Fact]
    public void Parse_WallClockTextOfAnyMinute_ReadsBackTheSameMoment()
    {
        Gen.Select(Now, Gen.Int[-30 * 24 * 60, 30 * 24 * 60], Zone).Sample((now, minutesAway, zone) =>
        {
            var local = TimeZoneInfo.ConvertTime(now.AddMinutes(minutesAway), zone).DateTime;
            var text = local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

            var result = Parser.Parse(text, now, zone);

            var expected = zone.IsAmbiguousTime(local)
                ? Assert.IsType<MomentParseResult.AmbiguousLocalTime>(result).Local
                : TimeZoneInfo.ConvertTime(Assert.IsType<MomentParseResult.Parsed>(result).Utc, zone).DateTime;
            Assert.Equal(local, expected);
        }, iter: 2000);
    }

    private static bool FriendlyReason(MomentParseResult result) =>
        result is MomentParseResult.Rejected { Reason: { Length: > 0 } reason }
        && !reason.Contains("Exception", StringComparison.Ordinal)
        && (reason.Contains("Try", StringComparison.Ordinal) || reason.Contains("for example", StringComparison.Ordinal) || reason.Contains("Please", StringComparison.Ordinal));
}
