using InterviewCoachBot.Engine.Time;

namespace InterviewCoachBot.Engine.Tests.Time;

/// <summary>Days without a time (decision dates) and weekdays for things still ahead (calls, second interviews).</summary>
public sealed class MomentParserDayTests
{
    // Monday 23 Nov 2026, 12:00 UTC.
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private readonly MomentParser parser = new();

    [Theory]
    [InlineData("fri", "2026-11-27")]
    [InlineData("mon", "2026-11-23")]
    [InlineData("sun", "2026-11-29")]
    [InlineData("last fri", "2026-11-20")]
    [InlineData("27 Nov", "2026-11-27")]
    [InlineData("2026-12-01", "2026-12-01")]
    [InlineData("in 5 days", "2026-11-28")]
    [InlineData("tomorrow", "2026-11-24")]
    public void ParseDay_Accepted_IsTheDayInTheUsersCalendar(string text, string expected)
    {
        var (day, problem) = parser.ParseDay(text, Now, Berlin);

        Assert.Null(problem);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), day);
    }

    [Theory]
    [InlineData("")]
    [InlineData("someday")]
    [InlineData("31 Feb")]
    public void ParseDay_Rejected_ExplainsWithAnExample(string text)
    {
        var (day, problem) = parser.ParseDay(text, Now, Berlin);

        Assert.Null(day);
        Assert.Contains("Try", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0001-01-01", "The year 1 is more than 100 years ago")]
    [InlineData("99999999999 days ago", "That is more than 100 years ago")]
    [InlineData("in 99999 weeks", "That is more than 100 years from now")]
    public void ParseDay_FarAway_SaysWhetherItIsPastOrFuture(string text, string expected)
    {
        var (day, problem) = parser.ParseDay(text, Now, Berlin);

        Assert.Null(day);
        Assert.StartsWith(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UpcomingWeekday_IsTheComingOneNotTheNearest()
    {
        var nearest = parser.Parse("fri 14:00", Now, Berlin);
        var upcoming = parser.Parse("fri 14:00", Now, Berlin, upcoming: true);

        Assert.Equal(new DateTimeOffset(2026, 11, 20, 13, 0, 0, TimeSpan.Zero), Assert.IsType<MomentParseResult.Parsed>(nearest).Utc);
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 13, 0, 0, TimeSpan.Zero), Assert.IsType<MomentParseResult.Parsed>(upcoming).Utc);
    }
}
