using CsCheck;
using InterviewCoachBot.Engine.Nudges;
using InterviewCoachBot.Testing;

namespace InterviewCoachBot.Engine.Tests.Hostile;

/// <summary>Quiet-hours ranges as typed: never a crash, and what is shown reads back as the same range.</summary>
public sealed class QuietHoursPropertyTests
{
    private static readonly Gen<TimeOnly> Minute = Gen.Int[0, (24 * 60) - 1].Select(m => TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(m)));

    [Fact]
    public void TryParse_AnyText_NeverThrowsAndGivesARealRange()
    {
        var rangeLike = Gen.Select(HostileText.Piece, Gen.OneOf("-", "–", " - ", "--", ""), HostileText.Piece, (a, dash, b) => a + dash + b);
        Gen.OneOf(HostileText.Any(limit: 100), rangeLike).Sample(text =>
        {
            if (QuietHours.TryParse(text) is { } quiet)
            {
                Assert.NotEqual(quiet.Start, quiet.End);
            }
        }, iter: 3000);
    }

    [Fact]
    public void TryParse_ShownRange_ReadsBackTheSame()
    {
        Gen.Select(Minute, Minute).Where((start, end) => start != end).Sample((start, end) =>
        {
            var quiet = new QuietHours(start, end);

            Assert.Equal(quiet, QuietHours.TryParse(quiet.ToString()));
        }, iter: 1000);
    }
}
