using System.Globalization;
using InterviewCoachBot.Engine.Time;

namespace InterviewCoachBot.Engine.Tests.Time;

public sealed class MomentParserTests
{
    private const string Berlin = "Europe/Berlin";
    private const string NewYork = "America/New_York";
    private const string Sydney = "Australia/Sydney";
    private const string Kolkata = "Asia/Kolkata";

    // A Monday: 13:00 in Berlin, 07:00 in New York, 23:00 in Sydney, 17:30 in Kolkata.
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private readonly MomentParser parser = new();

    public static TheoryData<string, string, string> RejectedInputs => new()
    {
        { Berlin, "", "Please type a date and time" },
        { Berlin, "   ", "Please type a date and time" },
        { Berlin, "tomorrow", "Add a time, for example: tomorrow 10:30" },
        { Berlin, "25 Nov", "Add a time, for example: 25 nov 10:30" },
        { Berlin, "next mon", "Add a time, for example: next mon 10:30" },
        { Berlin, "tomorrow 5", "\"tomorrow 5\" could be 05:00 or 17:00; add am or pm. Try: tomorrow 5pm" },
        { Berlin, "31 Feb 10:00", "\"31 feb\" is not a real date: February has no day 31" },
        { Berlin, "29 Feb 2026 10:00", "February 2026 has no day 29" },
        { Berlin, "2026-02-30 10:00", "February 2026 has no day 30" },
        { Berlin, "2026-13-01 10:00", "there is no month 13" },
        { Berlin, "31/02 10:00", "February has no day 31" },
        { Berlin, "13/13 10:00", "there is no month 13" },
        { Berlin, "3000-01-01 10:00", "3000 is more than 100 years from now" },
        { Berlin, "in 99999 weeks", "more than 100 years from now" },
        { Berlin, "0001-01-01 10:00", "The year 1 is more than 100 years ago" },
        { Berlin, "1 Jan 1900 10:00", "The year 1900 is more than 100 years ago" },
        { Berlin, "99999999999 hours ago", "That is more than 100 years ago" },
        { Berlin, "99999 weeks ago", "That is more than 100 years ago" },
        { Berlin, "25:00", "\"25:00\" is not a real time: hours go from 0 to 23" },
        { Berlin, "tomorrow 24:00", "hours go from 0 to 23" },
        { Berlin, "10:61", "\"10:61\" is not a real time: minutes go up to 59" },
        { Berlin, "13pm", "\"13pm\" is not a real time: with am or pm the hour goes from 1 to 12" },
        { Berlin, "0am", "with am or pm the hour goes from 1 to 12" },
        { Berlin, "tomorow 10", "I don't know the word \"tomorow\"" },
        { Berlin, "Banana 10:00", "I don't know the word \"banana\"" },
        { Berlin, "ju 10:00", "I don't know the word \"ju\"" },
        { Berlin, "in 2 fortnights", "I don't know the word \"fortnights\"" },
        { Berlin, "next week 10:00", "I couldn't read \"next week 10:00\" as a date and time. Try:" },
        { Berlin, "Sept 10:00", "I couldn't read \"Sept 10:00\" as a date and time. Try:" },
        { Berlin, "5/11 14:30", "\"5/11\" could be 5 Nov or 11 May. Write the month as a word" },
        { Berlin, "2026-11-25 14:30 +15:00", "\"+15:00\" is not a UTC offset" },
        { NewYork, "2026-03-08 02:30", "02:30 does not exist on Sun 8 Mar in America/New_York" },
    };

    [Theory]
    [InlineData(Berlin, "now", "2026-11-23T12:00Z")]
    [InlineData(Berlin, "today 15:00", "2026-11-23T14:00Z")]
    [InlineData(Berlin, "  TODAY    15:00 ", "2026-11-23T14:00Z")]
    [InlineData(Berlin, "yesterday 3pm", "2026-11-22T14:00Z")]
    [InlineData(Berlin, "tomorrow 10:30", "2026-11-24T09:30Z")]
    [InlineData(Berlin, "Tomorrow at 10:30", "2026-11-24T09:30Z")]
    [InlineData(Berlin, "10:30 tomorrow", "2026-11-24T09:30Z")]
    [InlineData(Berlin, "tomorrow noon", "2026-11-24T11:00Z")]
    [InlineData(Berlin, "tonight 7pm", "2026-11-23T18:00Z")]
    [InlineData(Berlin, "tonight 7:30", "2026-11-23T18:30Z")]
    [InlineData(Berlin, "15:00", "2026-11-23T14:00Z")]
    [InlineData(Berlin, "9:00", "2026-11-23T08:00Z")]
    [InlineData(Berlin, "mon 9:00", "2026-11-23T08:00Z")]
    [InlineData(Berlin, "Monday 09:00", "2026-11-23T08:00Z")]
    [InlineData(Berlin, "tue 2:30pm", "2026-11-24T13:30Z")]
    [InlineData(Berlin, "thu 9:00", "2026-11-26T08:00Z")]
    [InlineData(Berlin, "fri 9:00", "2026-11-20T08:00Z")]
    [InlineData(Berlin, "sunday 9:00", "2026-11-22T08:00Z")]
    [InlineData(Berlin, "next mon 9:00", "2026-11-30T08:00Z")]
    [InlineData(Berlin, "last mon 9:00", "2026-11-16T08:00Z")]
    [InlineData(Berlin, "tomorrow 10", "2026-11-24T09:00Z")]
    [InlineData(Berlin, "tonight 8", "2026-11-23T19:00Z")]
    [InlineData(Berlin, "next fri 9:00", "2026-11-27T08:00Z")]
    [InlineData(Berlin, "last thurs 9:00", "2026-11-19T08:00Z")]
    [InlineData(Berlin, "last sun 9:00", "2026-11-22T08:00Z")]
    [InlineData(Berlin, "2026-11-25 14:30", "2026-11-25T13:30Z")]
    [InlineData(Berlin, "2026-11-25T14:30", "2026-11-25T13:30Z")]
    [InlineData(Berlin, "25 Nov 14:30", "2026-11-25T13:30Z")]
    [InlineData(Berlin, "25 November 2026 14:30", "2026-11-25T13:30Z")]
    [InlineData(Berlin, "Nov 25 14:30", "2026-11-25T13:30Z")]
    [InlineData(Berlin, "November 25th, 2026 at 2:30 pm", "2026-11-25T13:30Z")]
    [InlineData(Berlin, "25/11 14:30", "2026-11-25T13:30Z")]
    [InlineData(Berlin, "11/25 14:30", "2026-11-25T13:30Z")]
    [InlineData(Berlin, "25/11/2026 14:30", "2026-11-25T13:30Z")]
    [InlineData(Berlin, "5/5/2027 14:30", "2027-05-05T12:30Z")]
    [InlineData(Berlin, "25 Nov 2027 14:30", "2027-11-25T13:30Z")]
    [InlineData(Berlin, "10 Jan 9:00", "2027-01-10T08:00Z")]
    [InlineData(Berlin, "1 May 9:00", "2027-05-01T07:00Z")]
    [InlineData(Berlin, "1 Jun 9:00", "2026-06-01T07:00Z")]
    [InlineData(Berlin, "29 Feb 9:00", "2028-02-29T08:00Z")]
    [InlineData(Berlin, "in 2 days", "2026-11-25T12:00Z")]
    [InlineData(Berlin, "in 3 hours", "2026-11-23T15:00Z")]
    [InlineData(Berlin, "in 30 minutes", "2026-11-23T12:30Z")]
    [InlineData(Berlin, "in 1 week", "2026-11-30T12:00Z")]
    [InlineData(Berlin, "2 hours ago", "2026-11-23T10:00Z")]
    [InlineData(Berlin, "3 days ago", "2026-11-20T12:00Z")]
    [InlineData(Berlin, "an hour ago", "2026-11-23T11:00Z")]
    [InlineData(Berlin, "1 hour ago", "2026-11-23T11:00Z")]
    [InlineData(Berlin, "in an hour", "2026-11-23T13:00Z")]
    [InlineData(Berlin, "3pm", "2026-11-23T14:00Z")]
    [InlineData(Berlin, "3 pm", "2026-11-23T14:00Z")]
    [InlineData(Berlin, "3:15pm", "2026-11-23T14:15Z")]
    [InlineData(Berlin, "12am", "2026-11-22T23:00Z")]
    [InlineData(Berlin, "12:30am", "2026-11-22T23:30Z")]
    [InlineData(Berlin, "12pm", "2026-11-23T11:00Z")]
    [InlineData(Berlin, "noon", "2026-11-23T11:00Z")]
    [InlineData(Berlin, "midnight", "2026-11-22T23:00Z")]
    [InlineData(Berlin, "2026-11-01T05:30Z", "2026-11-01T05:30Z")]
    [InlineData(Berlin, "2026-11-01 01:30 -04:00", "2026-11-01T05:30Z")]
    [InlineData(Berlin, "2026-11-01 01:30 +0530", "2026-10-31T20:00Z")]
    [InlineData(Berlin, "tomorrow 10:30 UTC", "2026-11-24T10:30Z")]
    [InlineData(NewYork, "today 15:00", "2026-11-23T20:00Z")]
    [InlineData(NewYork, "tomorrow 9am", "2026-11-24T14:00Z")]
    [InlineData(NewYork, "4 Jul 9:00", "2026-07-04T13:00Z")]
    [InlineData(Sydney, "today 9:00", "2026-11-22T22:00Z")]
    [InlineData(Sydney, "tomorrow 9:00", "2026-11-23T22:00Z")]
    [InlineData(Kolkata, "today 15:00", "2026-11-23T09:30Z")]
    [InlineData(Kolkata, "2026-03-08 02:30", "2026-03-07T21:00Z")]
    public void Parse_AcceptedInput_ReturnsUtcInstant(string zone, string input, string expectedUtc)
    {
        var result = Parse(input, zone);

        AssertParsed(expectedUtc, result);
    }

    [Theory]
    [InlineData(NewYork, "2026-11-23T02:00Z", "today 10:00", "2026-11-22T15:00Z")] // still Sunday evening in New York
    [InlineData(NewYork, "2026-11-23T02:00Z", "mon 9:00", "2026-11-23T14:00Z")]
    [InlineData(NewYork, "2026-11-23T02:00Z", "yesterday 10:00", "2026-11-21T15:00Z")]
    [InlineData(Sydney, "2026-11-23T14:00Z", "today 10:00", "2026-11-23T23:00Z")] // already Tuesday in Sydney
    [InlineData(Sydney, "2026-11-23T14:00Z", "yesterday 23:00", "2026-11-23T12:00Z")]
    [InlineData(Berlin, "2026-10-24T12:00Z", "in 1 day", "2026-10-25T12:00Z")] // 24 hours, although the clocks go back that night
    [InlineData(Berlin, "2026-10-24T12:00Z", "tomorrow 14:00", "2026-10-25T13:00Z")]
    [InlineData(Berlin, "2026-12-30T12:00Z", "2 Jan 10:00", "2027-01-02T09:00Z")]
    [InlineData(Berlin, "2027-01-02T12:00Z", "30 Dec 10:00", "2026-12-30T09:00Z")]
    [InlineData(Berlin, "2028-06-01T10:00Z", "1 Dec 10:00", "2028-12-01T09:00Z")] // 183 days either way: the future wins
    [InlineData(Berlin, "2026-11-23T13:00+01:00", "now", "2026-11-23T12:00Z")]
    [InlineData(Berlin, "2026-11-23T13:00+01:00", "in 1 hour", "2026-11-23T13:00Z")]
    public void Parse_InputRelativeToNow_UsesTheUsersTodayAndTheInstantNow(string zone, string now, string input, string expectedUtc)
    {
        var result = parser.Parse(input, Utc(now), Zone(zone));

        AssertParsed(expectedUtc, result);
    }

    [Theory]
    [MemberData(nameof(RejectedInputs))]
    public void Parse_RejectedInput_ReasonNamesTheProblem(string zone, string input, string expectedFragment)
    {
        var result = Parse(input, zone);

        var rejected = Assert.IsType<MomentParseResult.Rejected>(result);
        Assert.Contains(expectedFragment, rejected.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RejectedInputs))]
    public void Parse_RejectedInput_ReasonEndsWithAnExampleThatParses(string zone, string input, string expectedFragment)
    {
        Assert.NotEmpty(expectedFragment);
        var reason = Assert.IsType<MomentParseResult.Rejected>(Parse(input, zone)).Reason;

        var example = ExampleIn(reason);

        Assert.IsType<MomentParseResult.Parsed>(Parse(example, zone));
    }

    [Fact]
    public void Parse_Null_RejectedAskingForADateAndTime()
    {
        var result = parser.Parse(null, Now, Zone(Berlin));

        Assert.Equal(new MomentParseResult.Rejected("Please type a date and time. Try: tomorrow 10:30"), result);
    }

    [Fact]
    public void Parse_TextOfHundredCharacters_Accepted()
    {
        var text = "tomorrow" + new string(' ', 87) + "10:30";
        Assert.Equal(100, text.Length);

        AssertParsed("2026-11-24T09:30Z", Parse(text, Berlin));
    }

    [Fact]
    public void Parse_TextOverHundredCharacters_RejectedForLength()
    {
        var text = "tomorrow 10:30 " + new string('x', 86);
        Assert.Equal(101, text.Length);

        var rejected = Assert.IsType<MomentParseResult.Rejected>(Parse(text, Berlin));
        Assert.Contains("longer than 100 characters", rejected.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("٣pm")]
    [InlineData("0000-01-01 10:00")]
    [InlineData("9999-12-31 23:59 -14:00")]
    [InlineData("in 2147483648 days")]
    [InlineData("in 9999 weeks")]
    [InlineData("99/99/9999 10:00")]
    [InlineData("2026-11-25 14:30 +99:99")]
    [InlineData("2026-02-29t10:00")]
    [InlineData("next next mon 9:00")]
    [InlineData("12:00 12:00")]
    [InlineData("at")]
    [InlineData(":")]
    public void Parse_Garbage_RejectedWithoutThrowing(string input)
    {
        var result = Parse(input, Berlin);

        var rejected = Assert.IsType<MomentParseResult.Rejected>(result);
        Assert.Contains("Try: ", rejected.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(NewYork, "2026-03-08 02:30", "02:30 does not exist on Sun 8 Mar in America/New_York: the clocks jump from 02:00 to 03:00. Try: 8 Mar 2026 03:30")]
    [InlineData(NewYork, "8 Mar 2026 2am", "02:00 does not exist on Sun 8 Mar in America/New_York: the clocks jump from 02:00 to 03:00. Try: 8 Mar 2026 03:00")]
    [InlineData(NewYork, "2026-03-08 02:59", "02:59 does not exist on Sun 8 Mar in America/New_York: the clocks jump from 02:00 to 03:00. Try: 8 Mar 2026 03:59")]
    [InlineData(Berlin, "2026-03-29 02:30", "02:30 does not exist on Sun 29 Mar in Europe/Berlin: the clocks jump from 02:00 to 03:00. Try: 29 Mar 2026 03:30")]
    [InlineData(Sydney, "2026-10-04 02:15", "02:15 does not exist on Sun 4 Oct in Australia/Sydney: the clocks jump from 02:00 to 03:00. Try: 4 Oct 2026 03:15")]
    [InlineData("Australia/Lord_Howe", "2026-10-04 02:15", "02:15 does not exist on Sun 4 Oct in Australia/Lord_Howe: the clocks jump from 02:00 to 02:30. Try: 4 Oct 2026 02:45")]
    public void Parse_TimeInSpringForwardGap_RejectedWithTheJumpExplained(string zone, string input, string expectedReason)
    {
        var result = Parse(input, zone);

        Assert.Equal(new MomentParseResult.Rejected(expectedReason), result);
    }

    [Theory]
    [InlineData(NewYork, "2026-11-01 01:30", "2026-11-01T01:30", "2026-11-01T05:30Z", "2026-11-01T06:30Z")]
    [InlineData(NewYork, "1am 2026-11-01", "2026-11-01T01:00", "2026-11-01T05:00Z", "2026-11-01T06:00Z")]
    [InlineData(NewYork, "2026-11-01 01:59", "2026-11-01T01:59", "2026-11-01T05:59Z", "2026-11-01T06:59Z")]
    [InlineData(Berlin, "2026-10-25 02:30", "2026-10-25T02:30", "2026-10-25T00:30Z", "2026-10-25T01:30Z")]
    [InlineData(Sydney, "2026-04-05 02:30", "2026-04-05T02:30", "2026-04-04T15:30Z", "2026-04-04T16:30Z")]
    public void Parse_TimeInFallBackOverlap_ReturnsBothInstantsInOrder(string zone, string input, string local, string earlier, string later)
    {
        var result = Parse(input, zone);

        var twice = Assert.IsType<MomentParseResult.AmbiguousLocalTime>(result);
        Assert.Equal(DateTime.Parse(local, CultureInfo.InvariantCulture), twice.Local);
        Assert.Equal(Utc(earlier), twice.Earlier);
        Assert.Equal(Utc(later), twice.Later);
        Assert.Equal(TimeSpan.Zero, twice.Earlier.Offset);
        Assert.Equal(TimeSpan.Zero, twice.Later.Offset);
    }

    [Theory]
    [InlineData(NewYork, "2026-03-08 01:59", "2026-03-08T06:59Z")]
    [InlineData(NewYork, "2026-03-08 03:00", "2026-03-08T07:00Z")]
    [InlineData(NewYork, "2026-11-01 00:59", "2026-11-01T04:59Z")]
    [InlineData(NewYork, "2026-11-01 02:00", "2026-11-01T07:00Z")]
    [InlineData(Berlin, "2026-03-29 01:59", "2026-03-29T00:59Z")]
    [InlineData(Berlin, "2026-03-29 03:00", "2026-03-29T01:00Z")]
    [InlineData(Berlin, "2026-10-25 01:59", "2026-10-24T23:59Z")]
    [InlineData(Berlin, "2026-10-25 03:00", "2026-10-25T02:00Z")]
    [InlineData(Sydney, "2026-10-04 01:59", "2026-10-03T15:59Z")]
    [InlineData(Sydney, "2026-10-04 03:00", "2026-10-03T16:00Z")]
    [InlineData(Sydney, "2026-04-05 01:59", "2026-04-04T14:59Z")]
    [InlineData(Sydney, "2026-04-05 03:00", "2026-04-04T17:00Z")]
    public void Parse_TimeJustOutsideDstChange_Accepted(string zone, string input, string expectedUtc)
    {
        var result = Parse(input, zone);

        AssertParsed(expectedUtc, result);
    }

    [Theory]
    [InlineData(NewYork, "2026-11-01 01:30")]
    [InlineData(Berlin, "2026-10-25 02:30")]
    [InlineData(Sydney, "2026-04-05 02:30")]
    public void Parse_InstantChosenForAmbiguousTime_ReturnsThatInstant(string zone, string input)
    {
        var twice = Assert.IsType<MomentParseResult.AmbiguousLocalTime>(Parse(input, zone));

        // The form the bot's buttons send back when the user picks an occurrence.
        foreach (var instant in new[] { twice.Earlier, twice.Later })
        {
            var button = instant.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);
            Assert.Equal(new MomentParseResult.Parsed(instant), Parse(button, zone));
        }
    }

    private static void AssertParsed(string expectedUtc, MomentParseResult result)
    {
        Assert.Equal(new MomentParseResult.Parsed(Utc(expectedUtc)), result);
        Assert.Equal(TimeSpan.Zero, ((MomentParseResult.Parsed)result).Utc.Offset);
    }

    private static string ExampleIn(string reason)
    {
        var marker = Math.Max(reason.LastIndexOf("Try: ", StringComparison.Ordinal), reason.LastIndexOf("for example: ", StringComparison.Ordinal));
        Assert.True(marker >= 0, $"No example in: {reason}");
        return reason[(reason.IndexOf(": ", marker, StringComparison.Ordinal) + 2)..];
    }

    private static DateTimeOffset Utc(string iso) =>
        DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static TimeZoneInfo Zone(string id) => TimeZoneInfo.FindSystemTimeZoneById(id);

    private MomentParseResult Parse(string input, string zone) => parser.Parse(input, Now, Zone(zone));
}
