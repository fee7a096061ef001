using InterviewCoachBot.Engine.Content;
using InterviewCoachBot.Engine.Time;

namespace InterviewCoachBot.Engine.Tests.Time;

public sealed class TimeZoneDirectoryTests
{
    private const string FileName = "timezones.yaml";

    private static readonly Lazy<TimeZoneDirectory> Real = new(() =>
        TimeZoneDirectory.Load(FileName, File.ReadAllText(Path.Combine(RepositoryPaths.Content, FileName))));

    /// <summary>The real <c>content/timezones.yaml</c>, loaded once for all tests.</summary>
    internal static TimeZoneDirectory RealDirectory => Real.Value;

    [Fact]
    public void Load_RealContentFile_ListsEveryCountryOnce()
    {
        // Arrange
        var yaml = File.ReadAllText(Path.Combine(RepositoryPaths.Content, FileName));

        // Act
        var directory = TimeZoneDirectory.Load(FileName, yaml);

        // Assert
        Assert.InRange(directory.Countries.Count, 240, 260);
        Assert.Contains(directory.Countries, country => country.Name == "Germany");
        Assert.All(directory.Countries, country => Assert.NotEmpty(country.Zones));
        Assert.Equal(directory.Countries.Count, directory.Countries.Select(country => country.Name).Distinct().Count());
    }

    [Fact]
    public void Load_UnknownZoneId_ThrowsNamingThatLine()
    {
        // Arrange
        const string yaml = """
            countries:
              - name: Germany
                code: DE
                zones:
                  - id: Europe/Berlin
              - name: Atlantis
                code: ZZ
                zones:
                  - label: Capital
                    id: Atlantic/Atlantis
            """;

        // Act
        var error = Assert.Throws<ContentException>(() => TimeZoneDirectory.Load("test.yaml", yaml));

        // Assert
        Assert.Equal("test.yaml", error.File);
        Assert.Equal(10, error.Line);
        Assert.Contains("Atlantic/Atlantis", error.Problem, StringComparison.Ordinal);
        Assert.StartsWith("test.yaml:10: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MisspeltZoneId_SuggestsTheRealOne()
    {
        // Arrange
        const string yaml = """
            countries:
              - name: Germany
                code: DE
                zones:
                  - id: Europe/Berln
            """;

        // Act
        var error = Assert.Throws<ContentException>(() => TimeZoneDirectory.Load("test.yaml", yaml));

        // Assert
        Assert.Equal(5, error.Line);
        Assert.Contains("did you mean Europe/Berlin?", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownAliasZone_ThrowsNamingThatLine()
    {
        // Arrange
        const string yaml = """
            countries:
              - name: Germany
                code: DE
                zones:
                  - id: Europe/Berlin
            aliases:
              - names: [Munich]
                zone: Europe/Munich
            """;

        // Act
        var error = Assert.Throws<ContentException>(() => TimeZoneDirectory.Load("test.yaml", yaml));

        // Assert
        Assert.Equal(8, error.Line);
        Assert.Contains("Europe/Munich", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ZoneIdInWrongCase_ThrowsAskingForTheExactId()
    {
        // Arrange
        const string yaml = """
            countries:
              - name: Germany
                code: DE
                zones:
                  - id: europe/berlin
            """;

        // Act
        var error = Assert.Throws<ContentException>(() => TimeZoneDirectory.Load("test.yaml", yaml));

        // Assert
        Assert.Equal(5, error.Line);
        Assert.Contains("'Europe/Berlin'", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WindowsZoneId_ThrowsAskingForAnIanaId()
    {
        // Arrange
        const string yaml = """
            countries:
              - name: Germany
                code: DE
                zones:
                  - id: W. Europe Standard Time
            """;

        // Act
        var error = Assert.Throws<ContentException>(() => TimeZoneDirectory.Load("test.yaml", yaml));

        // Assert
        Assert.Equal(5, error.Line);
        Assert.Contains("IANA", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AliasRepeatingACountryName_ThrowsNamingBothLines()
    {
        // Arrange
        const string yaml = """
            countries:
              - name: Germany
                code: DE
                zones:
                  - id: Europe/Berlin
            aliases:
              - zone: Europe/Berlin
                names:
                  - Munich
                  - germany
            """;

        // Act
        var error = Assert.Throws<ContentException>(() => TimeZoneDirectory.Load("test.yaml", yaml));

        // Assert
        Assert.Equal(10, error.Line);
        Assert.Contains("already used by Germany (line 2)", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NamesEqualOnceAccentsAreFolded_ThrowsAsARepeat()
    {
        // Arrange
        const string yaml = """
            countries:
              - name: Germany
                code: DE
                zones:
                  - id: Europe/Berlin
            aliases:
              - zone: Europe/Berlin
                names: [Munich, München, Munchen]
            """;

        // Act
        var error = Assert.Throws<ContentException>(() => TimeZoneDirectory.Load("test.yaml", yaml));

        // Assert
        Assert.Equal(8, error.Line);
        Assert.Contains("'Munchen' reads the same as 'München'", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_CountryWithoutZones_ThrowsNamingTheCountryLine()
    {
        // Arrange
        const string yaml = """
            countries:
              - name: Germany
                code: DE
                zones:
                  - id: Europe/Berlin
              - name: France
                code: FR
            """;

        // Act
        var error = Assert.Throws<ContentException>(() => TimeZoneDirectory.Load("test.yaml", yaml));

        // Assert
        Assert.Equal(6, error.Line);
        Assert.Contains("France needs 'zones'", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_CountryCodeNotTwoCapitals_ThrowsNamingThatLine()
    {
        // Arrange
        const string yaml = """
            countries:
              - name: Germany
                code: Deu
                zones:
                  - id: Europe/Berlin
            """;

        // Act
        var error = Assert.Throws<ContentException>(() => TimeZoneDirectory.Load("test.yaml", yaml));

        // Assert
        Assert.Equal(3, error.Line);
        Assert.Contains("'Deu'", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownKey_ThrowsNamingThatLine()
    {
        // Arrange
        const string yaml = """
            countries:
              - name: Germany
                code: DE
                zone: Europe/Berlin
            """;

        // Act
        var error = Assert.Throws<ContentException>(() => TimeZoneDirectory.Load("test.yaml", yaml));

        // Assert
        Assert.Equal(4, error.Line);
        Assert.Contains("zone", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MalformedYaml_ThrowsNamingThatLine()
    {
        // Arrange
        const string yaml = """
            countries:
              - name: Germany
                code: DE: X
                zones:
                  - id: Europe/Berlin
            """;

        // Act
        var error = Assert.Throws<ContentException>(() => TimeZoneDirectory.Load("test.yaml", yaml));

        // Assert
        Assert.Equal("test.yaml", error.File);
        Assert.Equal(3, error.Line);
        Assert.StartsWith("test.yaml:3: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ZoneWrittenAsPlainText_ThrowsAskingForTheIdField()
    {
        // Arrange
        const string yaml = """
            countries:
              - name: Germany
                code: DE
                zones:
                  - Europe/Berlin
            """;

        // Act
        var error = Assert.Throws<ContentException>(() => TimeZoneDirectory.Load("test.yaml", yaml));

        // Assert
        Assert.Equal(5, error.Line);
        Assert.Equal("write this entry as 'id: Europe/Berlin', not just 'Europe/Berlin'", error.Problem);
    }

    [Fact]
    public void Load_BadIndentation_ThrowsNamingThatLine()
    {
        // Arrange
        const string yaml = """
            countries:
              - name: Germany
                code: DE
               zones:
                  - id: Europe/Berlin
            """;

        // Act
        var error = Assert.Throws<ContentException>(() => TimeZoneDirectory.Load("test.yaml", yaml));

        // Assert
        Assert.Equal(4, error.Line);
    }

    [Theory]
    [InlineData("")]
    [InlineData("countries: []")]
    [InlineData("aliases: []")]
    public void Load_NoCountries_ThrowsAtFirstLine(string yaml)
    {
        // Arrange, Act
        var error = Assert.Throws<ContentException>(() => TimeZoneDirectory.Load("test.yaml", yaml));

        // Assert
        Assert.Equal(1, error.Line);
    }
}
