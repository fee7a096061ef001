using InterviewCoachBot.Engine.Nudges;
using InterviewCoachBot.Engine.Time;

namespace InterviewCoachBot.Engine.Tests.Nudges;

/// <summary>Moving nudges out of quiet hours, including the nights the clocks change, in two zones.</summary>
public sealed class QuietHoursTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly DateTimeOffset Far = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("22:00-07:30", true)]
    [InlineData("22-7", true)]
    [InlineData("08:00-08:00", false)]
    [InlineData("25:00-07:00", false)]
    [InlineData("tonight", false)]
    public void TryParse_Text_AcceptsStartEnd(string text, bool valid)
    {
        Assert.Equal(valid, QuietHours.TryParse(text) is not null);
    }

    [Fact]
    public void Adjust_OutsideQuietHours_Unchanged()
    {
        var due = Local(Berlin, 2026, 11, 23, 15, 0);

        Assert.Equal(due, Quiet("21:00-08:00").Adjust(due, Far, null, Berlin));
    }

    [Fact]
    public void Adjust_InsideAndEndBeforeExpiry_MovedToTheEnd()
    {
        var due = Local(Berlin, 2026, 11, 23, 23, 0);

        Assert.Equal(Local(Berlin, 2026, 11, 24, 8, 0), Quiet("21:00-08:00").Adjust(due, Far, null, Berlin));
    }

    [Fact]
    public void Adjust_EndWouldPassExpiry_MovedBeforeQuietStarts()
    {
        var due = Local(Berlin, 2026, 11, 23, 23, 0);
        var expires = Local(Berlin, 2026, 11, 24, 1, 0);

        Assert.Equal(Local(Berlin, 2026, 11, 23, 20, 45), Quiet("21:00-08:00").Adjust(due, expires, null, Berlin));
    }

    [Fact]
    public void Adjust_EarlierWouldCrossTheAnchor_Dropped()
    {
        var anchor = Local(Berlin, 2026, 11, 23, 21, 30);
        var due = anchor.AddHours(1);

        Assert.Null(Quiet("21:00-08:00").Adjust(due, due.AddHours(2), anchor, Berlin));
    }

    [Fact]
    public void Adjust_DaytimeQuietHours_NotWrappingMidnight()
    {
        var due = Local(NewYork, 2026, 6, 1, 13, 0);

        Assert.Equal(Local(NewYork, 2026, 6, 1, 14, 0), Quiet("12:00-14:00").Adjust(due, Far, null, NewYork));
    }

    [Theory]
    [MemberData(nameof(SpringForward))]
    public void Adjust_QuietHoursEndInTheSpringForwardGap_EndAtTheFirstTimeAfterTheGap(string zoneId, int year, int month, int day, DateTimeOffset expected)
    {
        // Quiet 01:00-02:30: on the spring-forward night 02:30 does not exist; the quiet hours end when the clock jumps to 03:00.
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var due = Local(zone, year, month, day, 1, 30);

        var moved = Quiet("01:00-02:30").Adjust(due, Far, null, zone);

        Assert.Equal(expected, moved);
        Assert.Equal(new TimeOnly(3, 0), TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(moved!.Value, zone).DateTime));
    }

    public static TheoryData<string, int, int, int, DateTimeOffset> SpringForward() => new()
    {
        { "Europe/Berlin", 2026, 3, 29, new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero) },
        { "America/New_York", 2026, 3, 8, new DateTimeOffset(2026, 3, 8, 7, 0, 0, TimeSpan.Zero) },
    };

    [Theory]
    [MemberData(nameof(FallBack))]
    public void Adjust_FallBackNight_QuietHoursLastUntilTheirEndAndTheRepeatedHourIsStillQuiet(string zoneId, DateTimeOffset secondPass, DateTimeOffset expectedEnd)
    {
        // Quiet 00:30-02:30 on the night the clocks go back: a nudge in the repeated hour (second pass) is still quiet, and the
        // quiet hours end the first time 02:30 comes after it.
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);

        var moved = Quiet("00:30-02:30").Adjust(secondPass, Far, null, zone);

        Assert.Equal(expectedEnd, moved);
        Assert.True(moved > secondPass);
    }

    public static TheoryData<string, DateTimeOffset, DateTimeOffset> FallBack() => new()
    {
        // Berlin, Sun 25 Oct 2026: 03:00 CEST becomes 02:00 CET. 02:10 CET = 01:10 UTC; 02:30 CET = 01:30 UTC.
        { "Europe/Berlin", new DateTimeOffset(2026, 10, 25, 1, 10, 0, TimeSpan.Zero), new DateTimeOffset(2026, 10, 25, 1, 30, 0, TimeSpan.Zero) },

        // New York, Sun 1 Nov 2026: 02:00 EDT becomes 01:00 EST. 01:10 EST = 06:10 UTC; 02:30 EST = 07:30 UTC.
        { "America/New_York", new DateTimeOffset(2026, 11, 1, 6, 10, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 1, 7, 30, 0, TimeSpan.Zero) },
    };

    [Theory]
    [InlineData("Europe/Berlin", 2026, 3, 28)]
    [InlineData("America/New_York", 2026, 3, 7)]
    [InlineData("Europe/Berlin", 2026, 10, 24)]
    [InlineData("America/New_York", 2026, 10, 31)]
    public void DueFrom_DayAndClockTimeAcrossAClockChange_KeepsTheLocalTime(string zoneId, int year, int month, int day)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var anchor = Local(zone, year, month, day, 15, 0);

        var due = NudgeTiming.OnDay(1, new TimeOnly(9, 0)).DueFrom(anchor, zone, WorkingDays.MondayToFriday);

        Assert.Equal(new DateTime(year, month, day, 9, 0, 0).AddDays(1), TimeZoneInfo.ConvertTime(due, zone).DateTime);
        Assert.NotEqual(TimeSpan.FromHours(18), due - anchor); // 18 h on a normal day; 17 or 19 across the change
    }

    private static QuietHours Quiet(string text) => QuietHours.TryParse(text)!;

    private static DateTimeOffset Local(TimeZoneInfo zone, int year, int month, int day, int hour, int minute) =>
        ZoneTimes.ToUtc(new DateTime(year, month, day, hour, minute, 0), zone, ZoneTimes.Ambiguity.Earlier);
}
