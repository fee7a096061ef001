using System.Text.RegularExpressions;
using InterviewCoachBot.Engine.Content;

namespace InterviewCoachBot.Engine.Time;

/// <summary>
/// Every name a user may type for a time zone: IANA ids and their cities (from this machine's time zone database),
/// plus the countries and aliases of <c>content/timezones.yaml</c>. Built once; lookups are dictionary reads.
/// </summary>
public sealed partial class TimeZoneDirectory
{
    private readonly Dictionary<string, TimeZoneInfo> zonesByKey;
    private readonly Dictionary<string, List<TimeZonePlace>> placesByKey;
    private readonly Dictionary<string, TimeZonePlace> countriesByCode;

    internal TimeZoneDirectory(
        Dictionary<string, TimeZoneInfo> zonesByKey,
        Dictionary<string, List<TimeZonePlace>> placesByKey,
        Dictionary<string, TimeZonePlace> countriesByCode,
        IReadOnlyList<TimeZonePlace> countries)
    {
        this.zonesByKey = zonesByKey;
        this.placesByKey = placesByKey;
        this.countriesByCode = countriesByCode;
        Countries = countries;
        ZoneKeys = [.. zonesByKey.Keys.Order(StringComparer.Ordinal)];
        PlaceKeys = [.. placesByKey.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>The countries of the file, in file order.</summary>
    internal IReadOnlyList<TimeZonePlace> Countries { get; }

    /// <summary>Normalized current IANA ids (no deprecated links), for suggesting ids close to a misspelt one.</summary>
    internal IReadOnlyList<string> ZoneKeys { get; }

    /// <summary>Normalized place names (cities, countries, aliases), for suggesting names close to a misspelt one.</summary>
    internal IReadOnlyList<string> PlaceKeys { get; }

    /// <summary>Reads and checks <c>timezones.yaml</c>; every zone id must exist on this machine.</summary>
    /// <param name="fileName">Name shown in errors, such as <c>timezones.yaml</c>.</param>
    /// <exception cref="ContentException">The file is not valid YAML, or an entry is incomplete, repeated or names an unknown zone.</exception>
    public static TimeZoneDirectory Load(string fileName, string yaml)
    {
        var file = YamlContentReader.Read<TimeZoneFile>(fileName, yaml);
        return new TimeZoneDirectoryBuilder(fileName).Build(file);
    }

    /// <summary>The zone whose id is <paramref name="text"/>, ignoring case and treating spaces as underscores; deprecated ids count only when spelt out fully.</summary>
    internal TimeZoneInfo? FindZoneById(string text)
    {
        if (zonesByKey.TryGetValue(PlaceNames.Normalize(text), out var zone))
        {
            return zone;
        }

        var id = text.Trim().Replace(' ', '_');
        return IdShape().IsMatch(id)
            && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var linked)
            && linked.HasIanaId
                ? linked
                : null;
    }

    /// <summary>The zone with this normalized id key, from <see cref="ZoneKeys"/>.</summary>
    internal TimeZoneInfo ZoneByKey(string key) => zonesByKey[key];

    /// <summary>Places whose normalized name is <paramref name="key"/>.</summary>
    internal IReadOnlyList<TimeZonePlace> PlacesByKey(string key) =>
        placesByKey.TryGetValue(key, out var places) ? places : [];

    /// <summary>The country with this two-letter ISO code, matched exactly (upper case).</summary>
    internal TimeZonePlace? CountryByCode(string code) => countriesByCode.GetValueOrDefault(code);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex IdShape();
}
