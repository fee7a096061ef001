using CsCheck;
using InterviewCoachBot.Engine.Tests.Time;
using InterviewCoachBot.Engine.Time;
using InterviewCoachBot.Testing;

namespace InterviewCoachBot.Engine.Tests.Hostile;

/// <summary>Place names and zone ids as typed: never a crash, and every answer is a zone, choices or a reason.</summary>
public sealed class TimeZoneResolverPropertyTests
{
    private static readonly TimeZoneResolver Resolver = new(TimeZoneDirectoryTests.RealDirectory);

    private static readonly Gen<string> PlaceLike = Gen.Frequency(
        (2, HostileText.Short()),
        (1, Gen.Select(
            Gen.OneOf("Berlin", "New York", "europe/berlin", "Etc/GMT+5", "UTC+5:30", "gmt-3", "Sao Paulo", "São Paulo", "Zürich", "Kyiv"),
            HostileText.Piece,
            Gen.Int[0, 12],
            (place, piece, at) => place.Insert(Math.Min(at, place.Length), piece))));

    [Fact]
    public void Resolve_AnyText_AnswersWithAZoneChoicesOrAReason()
    {
        PlaceLike.Sample(text =>
        {
            var answer = Resolver.Resolve(text);

            Assert.True(answer switch
            {
                TimeZoneLookup.Found found => found.Label.Length > 0,
                TimeZoneLookup.Choices choices => choices.Options.Count is > 0 and <= TimeZoneResolver.MaxSuggestions
                    && choices.Options.All(option => option.Label.Length <= TimeZoneResolver.MaxLabelLength),
                TimeZoneLookup.NotFound notFound => notFound.Reason.Length > 0,
                _ => false,
            });
        }, iter: 1500);
    }

    [Theory]
    [InlineData("gmt-3١٢")]
    [InlineData("UTC+٣")]
    [InlineData("GMT+२:३०")]
    public void Resolve_OffsetInNonAsciiDigits_IsNotFoundInsteadOfThrowing(string text)
    {
        Assert.IsType<TimeZoneLookup.NotFound>(Resolver.Resolve(text));
    }
}
