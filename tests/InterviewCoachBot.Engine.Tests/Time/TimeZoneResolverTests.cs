using InterviewCoachBot.Engine.Time;

namespace InterviewCoachBot.Engine.Tests.Time;

public sealed class TimeZoneResolverTests
{
    private readonly TimeZoneResolver resolver = new(TimeZoneDirectoryTests.RealDirectory);

    [Theory]
    [InlineData("Europe/Berlin", "Europe/Berlin")]
    [InlineData("europe/berlin", "Europe/Berlin")]
    [InlineData("america/new york", "America/New_York")]
    [InlineData("America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires")]
    [InlineData("Berlin", "Europe/Berlin")]
    [InlineData("  berlin  ", "Europe/Berlin")]
    [InlineData("\"Berlin\"", "Europe/Berlin")]
    [InlineData("new york", "America/New_York")]
    [InlineData("NEW-YORK", "America/New_York")]
    [InlineData("Buenos Aires", "America/Argentina/Buenos_Aires")]
    [InlineData("Indianapolis", "America/Indiana/Indianapolis")]
    [InlineData("Port au Prince", "America/Port-au-Prince")]
    [InlineData("Sydney", "Australia/Sydney")]
    [InlineData("Melbourne", "Australia/Melbourne")]
    [InlineData("Toronto", "America/Toronto")]
    [InlineData("Vancouver", "America/Vancouver")]
    [InlineData("São Paulo", "America/Sao_Paulo")]
    [InlineData("Sao Paulo", "America/Sao_Paulo")]
    [InlineData("sao_paulo", "America/Sao_Paulo")]
    [InlineData("Bangalore", "Asia/Kolkata")]
    [InlineData("Bengaluru", "Asia/Kolkata")]
    [InlineData("Mumbai", "Asia/Kolkata")]
    [InlineData("Delhi", "Asia/Kolkata")]
    [InlineData("San Francisco", "America/Los_Angeles")]
    [InlineData("Seattle", "America/Los_Angeles")]
    [InlineData("Los Angeles", "America/Los_Angeles")]
    [InlineData("Washington", "America/New_York")]
    [InlineData("Washington D.C.", "America/New_York")]
    [InlineData("Boston", "America/New_York")]
    [InlineData("Miami", "America/New_York")]
    [InlineData("Beijing", "Asia/Shanghai")]
    [InlineData("Shenzhen", "Asia/Shanghai")]
    [InlineData("Munich", "Europe/Berlin")]
    [InlineData("München", "Europe/Berlin")]
    [InlineData("Frankfurt", "Europe/Berlin")]
    [InlineData("Hamburg", "Europe/Berlin")]
    [InlineData("Barcelona", "Europe/Madrid")]
    [InlineData("Manchester", "Europe/London")]
    [InlineData("Kiev", "Europe/Kyiv")]
    [InlineData("Germany", "Europe/Berlin")]
    [InlineData("DE", "Europe/Berlin")]
    [InlineData("India", "Asia/Kolkata")]
    [InlineData("Japan", "Asia/Tokyo")]
    [InlineData("Argentina", "America/Argentina/Buenos_Aires")]
    [InlineData("UK", "Europe/London")]
    [InlineData("United Kingdom", "Europe/London")]
    [InlineData("UAE", "Asia/Dubai")]
    [InlineData("Cote d'Ivoire", "Africa/Abidjan")]
    [InlineData("Bosnia & Herzegovina", "Europe/Sarajevo")]
    [InlineData("St Lucia", "America/St_Lucia")]
    [InlineData("Saint Kitts and Nevis", "America/St_Kitts")]
    [InlineData("Berlin, Germany", "Europe/Berlin")]
    [InlineData("UTC", "UTC")]
    [InlineData("Etc/UTC", "UTC")]
    [InlineData("gmt", "UTC")]
    [InlineData("UTC+0", "UTC")]
    [InlineData("UTC+2", "Etc/GMT-2")]
    [InlineData("GMT-5", "Etc/GMT+5")]
    [InlineData("Etc/GMT-3", "Etc/GMT-3")]
    [InlineData("US/Eastern", "US/Eastern")]
    [InlineData("Asia/Calcutta", "Asia/Calcutta")]
    public void Resolve_ExactName_FindsZone(string input, string expectedZoneId)
    {
        // Act
        var lookup = resolver.Resolve(input);

        // Assert
        var found = Assert.IsType<TimeZoneLookup.Found>(lookup);
        Assert.Equal(expectedZoneId, found.Zone.Id);
    }

    [Theory]
    [InlineData("Berlin", "Europe/Berlin (Berlin, UTC+01:00)")]
    [InlineData("Bangalore", "Asia/Kolkata (Bangalore, UTC+05:30)")]
    [InlineData("Germany", "Europe/Berlin (Germany, UTC+01:00)")]
    [InlineData("Dublin", "Europe/Dublin (Dublin, UTC+00:00)")]
    [InlineData("New York", "America/New_York (New York, UTC-05:00)")]
    [InlineData("UTC", "UTC (Coordinated Universal Time)")]
    [InlineData("UTC+2", "Etc/GMT-2 (fixed, UTC+02:00)")]
    public void Resolve_ExactName_LabelsIdPlaceAndStandardOffset(string input, string expectedLabel)
    {
        // Act
        var lookup = resolver.Resolve(input);

        // Assert
        var found = Assert.IsType<TimeZoneLookup.Found>(lookup);
        Assert.Equal(expectedLabel, found.Label);
    }

    [Theory]
    [InlineData("USA", new[] { "America/New_York", "America/Chicago", "America/Denver", "America/Phoenix", "America/Los_Angeles", "Pacific/Honolulu" })]
    [InlineData("US", new[] { "America/New_York", "America/Los_Angeles" })]
    [InlineData("United States", new[] { "America/New_York", "America/Los_Angeles" })]
    [InlineData("Australia", new[] { "Australia/Sydney", "Australia/Brisbane", "Australia/Adelaide", "Australia/Perth" })]
    [InlineData("Canada", new[] { "America/Toronto", "America/Vancouver", "America/Halifax", "America/St_Johns" })]
    [InlineData("Russia", new[] { "Europe/Moscow", "Europe/Kaliningrad", "Asia/Vladivostok" })]
    [InlineData("Brazil", new[] { "America/Sao_Paulo", "America/Manaus" })]
    [InlineData("China", new[] { "Asia/Shanghai", "Asia/Urumqi" })]
    public void Resolve_CountryWithManyZones_OffersItsZones(string input, string[] expectedZoneIds)
    {
        // Act
        var lookup = resolver.Resolve(input);

        // Assert
        var choices = Assert.IsType<TimeZoneLookup.Choices>(lookup);
        var offered = choices.Options.Select(option => option.ZoneId).ToList();
        Assert.All(expectedZoneIds, expected => Assert.Contains(expected, offered));
        Assert.Equal(offered.Count, offered.Distinct().Count());
        Assert.Contains("time zones", choices.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_UnitedStates_LabelsZonesByRegion()
    {
        // Act
        var lookup = resolver.Resolve("USA");

        // Assert
        var choices = Assert.IsType<TimeZoneLookup.Choices>(lookup);
        Assert.Equal(new TimeZoneChoice("America/New_York", "America/New_York (Eastern, UTC-05:00)"), choices.Options[0]);
    }

    [Theory]
    [InlineData("Berln", "Europe/Berlin")]
    [InlineData("Amsterdm", "Europe/Amsterdam")]
    [InlineData("Germny", "Europe/Berlin")]
    [InlineData("Londn", "Europe/London")]
    [InlineData("Frnace", "Europe/Paris")]
    [InlineData("Bangalor", "Asia/Kolkata")]
    [InlineData("new yrok", "America/New_York")]
    [InlineData("San Fransisco", "America/Los_Angeles")]
    [InlineData("Sydny", "Australia/Sydney")]
    [InlineData("Tokio", "Asia/Tokyo")]
    [InlineData("Sao Pualo", "America/Sao_Paulo")]
    [InlineData("Europe/Berln", "Europe/Berlin")]
    [InlineData("america/los angelos", "America/Los_Angeles")]
    public void Resolve_Misspelling_SuggestsClosestFirst(string input, string expectedFirstZoneId)
    {
        // Act
        var lookup = resolver.Resolve(input);

        // Assert
        var choices = Assert.IsType<TimeZoneLookup.Choices>(lookup);
        Assert.Equal(expectedFirstZoneId, choices.Options[0].ZoneId);
        Assert.InRange(choices.Options.Count, 1, TimeZoneResolver.MaxSuggestions);
        Assert.Contains(input, choices.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_MisspeltCountryWithManyZones_OffersAtMostSix()
    {
        // Act
        var lookup = resolver.Resolve("Austrlia");

        // Assert
        var choices = Assert.IsType<TimeZoneLookup.Choices>(lookup);
        Assert.Equal(TimeZoneResolver.MaxSuggestions, choices.Options.Count);
        Assert.Contains(choices.Options, option => option.ZoneId == "Australia/Sydney");
    }

    [Fact]
    public void Resolve_MisspeltDeprecatedId_IsNotSuggested()
    {
        // Act
        var lookup = resolver.Resolve("US/Eastrn");

        // Assert
        Assert.IsType<TimeZoneLookup.NotFound>(lookup);
    }

    [Fact]
    public void Resolve_HalfHourOffset_OffersPlacesThatUseIt()
    {
        // Act
        var lookup = resolver.Resolve("UTC+5:30");

        // Assert
        var choices = Assert.IsType<TimeZoneLookup.Choices>(lookup);
        Assert.Contains(choices.Options, option => option.ZoneId == "Asia/Kolkata");
    }

    [Theory]
    [InlineData("qwertyuiop")]
    [InlineData("xyzzy")]
    [InlineData("12345")]
    [InlineData("no")]
    [InlineData("de")]
    [InlineData("Springfield Elementary")]
    [InlineData("UTC+15")]
    public void Resolve_Nonsense_ReturnsNotFoundWithExamples(string input)
    {
        // Act
        var lookup = resolver.Resolve(input);

        // Assert
        var notFound = Assert.IsType<TimeZoneLookup.NotFound>(lookup);
        Assert.Contains("Europe/Berlin", notFound.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?!")]
    public void Resolve_Blank_ReturnsNotFoundWithExamples(string? input)
    {
        // Act
        var lookup = resolver.Resolve(input);

        // Assert
        var notFound = Assert.IsType<TimeZoneLookup.NotFound>(lookup);
        Assert.Contains("Berlin", notFound.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_EveryReservedOrBrokenCharacter_ReturnsALookupWithoutThrowing()
    {
        // Lone surrogates (either half), non-characters and private-use code points, alone and inside a real name.
        var odd = Enumerable.Range(0xD7F0, 0xE010 - 0xD7F0)
            .Concat(Enumerable.Range(0xFDD0, 0x20))
            .Concat(Enumerable.Range(0xFFF0, 0x10))
            .Select(code => ((char)code).ToString())
            .Concat(["\uDBFF\uDFFF", "\uD83F\uDFFE", "\uDC00\uD800", "\u0301", "\0", "\u200B\u200E"]);

        foreach (var text in odd)
        {
            foreach (var input in new[] { text, "Ber" + text + "lin", text + " New York", "Europe/" + text })
            {
                Assert.NotNull(resolver.Resolve(input));
            }
        }
    }

    [Fact]
    public void Resolve_NameWithNonCharacter_StillFindsThePlace()
    {
        // Act
        var lookup = resolver.Resolve("Tokyo\uFFFE");

        // Assert
        Assert.Equal("Asia/Tokyo", Assert.IsType<TimeZoneLookup.Found>(lookup).Zone.Id);
    }

    [Fact]
    public void Resolve_InputOver100Chars_ReturnsNotFoundSayingTooLong()
    {
        // Arrange
        var input = "Berlin".PadRight(TimeZoneResolver.MaxInputLength + 1);

        // Act
        var lookup = resolver.Resolve(input);

        // Assert
        var notFound = Assert.IsType<TimeZoneLookup.NotFound>(lookup);
        Assert.Contains("too long", notFound.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_InputOf100Chars_IsStillResolved()
    {
        // Arrange
        var input = "Berlin".PadRight(TimeZoneResolver.MaxInputLength);

        // Act
        var lookup = resolver.Resolve(input);

        // Assert
        Assert.IsType<TimeZoneLookup.Found>(lookup);
    }

    [Theory]
    [InlineData("USA")]
    [InlineData("Canada")]
    [InlineData("Russia")]
    [InlineData("Mexico")]
    [InlineData("Berln")]
    [InlineData("Europe/Berln")]
    [InlineData("UTC+5:30")]
    public void Resolve_OfferedZoneId_ResolvesBackToThatZone(string input)
    {
        // Arrange
        var choices = Assert.IsType<TimeZoneLookup.Choices>(resolver.Resolve(input));

        // Act
        var lookups = choices.Options.Select(option => (option.ZoneId, Lookup: resolver.Resolve(option.ZoneId))).ToList();

        // Assert
        Assert.All(lookups, pair => Assert.Equal(pair.ZoneId, Assert.IsType<TimeZoneLookup.Found>(pair.Lookup).Zone.Id));
    }

    [Fact]
    public void Resolve_EveryCountryName_GivesItsZonesWithButtonSizedLabels()
    {
        // Arrange
        var countries = TimeZoneDirectoryTests.RealDirectory.Countries;

        // Act
        var lookups = countries.Select(country => (Country: country, Lookup: resolver.Resolve(country.Name))).ToList();

        // Assert
        Assert.All(lookups, pair =>
        {
            var expected = pair.Country.Zones.Select(zone => zone.Zone.Id).ToList();
            switch (pair.Lookup)
            {
                case TimeZoneLookup.Found found:
                    Assert.Equal(expected, [found.Zone.Id]);
                    Assert.InRange(found.Label.Length, 1, TimeZoneResolver.MaxLabelLength);
                    break;
                case TimeZoneLookup.Choices choices:
                    Assert.Equal(expected, choices.Options.Select(option => option.ZoneId));
                    Assert.All(choices.Options, option => Assert.InRange(option.Label.Length, 1, TimeZoneResolver.MaxLabelLength));
                    break;
                default:
                    Assert.Fail($"{pair.Country.Name} was not found: {pair.Lookup}");
                    break;
            }
        });
    }
}
