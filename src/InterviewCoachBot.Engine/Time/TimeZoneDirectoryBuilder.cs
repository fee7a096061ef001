using System.Text.RegularExpressions;
using InterviewCoachBot.Engine.Content;
using InterviewCoachBot.Engine.Text;

namespace InterviewCoachBot.Engine.Time;

/// <summary>Builds a <see cref="TimeZoneDirectory"/> from the YAML model, checking it entry by entry and reporting the first problem with its line.</summary>
internal sealed partial class TimeZoneDirectoryBuilder(string fileName)
{
    /// <summary>IANA areas whose ids end in a place name; other ids (Etc/GMT+5, US/Eastern, EST5EDT) are not cities.</summary>
    private static readonly HashSet<string> CityAreas = new(StringComparer.Ordinal)
    {
        "Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific",
    };

    private readonly Dictionary<string, TimeZoneInfo> zonesByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TimeZonePlace>> placesByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TimeZonePlace> countriesByCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Name, string Owner, int Line)> ownedNames = new(StringComparer.Ordinal);
    private readonly List<TimeZonePlace> countries = [];

    public TimeZoneDirectory Build(TimeZoneFile file)
    {
        if (file.Countries is not { Count: > 0 })
        {
            throw Problem(1, "the file lists no countries; start it with 'countries:'");
        }

        // Unsorted: sorting computes every display name through ICU, five times the cost of reading the zones.
        foreach (var zone in TimeZoneInfo.GetSystemTimeZones(skipSorting: true))
        {
            AddZone(zone);
        }

        foreach (var entry in file.Countries)
        {
            AddCountry(entry);
        }

        foreach (var entry in file.Aliases ?? [])
        {
            AddAlias(entry);
        }

        foreach (var zone in zonesByKey.Values)
        {
            if (IsCity(zone.Id))
            {
                var city = PlaceNames.CityOf(zone.Id);
                AddPlace(PlaceNames.Normalize(city), new TimeZonePlace(city, TimeZonePlaceKind.City, [new(zone, city)]));
            }
        }

        return new TimeZoneDirectory(zonesByKey, placesByKey, countriesByCode, countries);
    }

    private static bool IsCity(string zoneId)
    {
        var slash = zoneId.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && CityAreas.Contains(zoneId[..slash]);
    }

    private void AddZone(TimeZoneInfo zone)
    {
        if (zone.HasIanaId && zone.Id.Contains('/', StringComparison.Ordinal))
        {
            zonesByKey.TryAdd(PlaceNames.Normalize(zone.Id), zone);
        }
    }

    private void AddCountry(Located<TimeZoneCountryEntry> located)
    {
        var entry = located.Value ?? throw Problem(located.Line, "this country entry is empty");
        var name = RequiredText(entry.Name, located.Line, "a country needs a 'name'");
        var code = RequiredText(entry.Code, located.Line, $"{name} needs a 'code' (its two-letter ISO code, such as DE)");
        if (!CodeShape().IsMatch(code))
        {
            throw Problem(entry.Code!.Line, $"'{code}' is not a two-letter ISO country code in capitals, such as DE");
        }

        if (entry.Zones is not { Count: > 0 })
        {
            throw Problem(located.Line, $"{name} needs 'zones' (at least one IANA id, such as '- id: Europe/Berlin')");
        }

        var zones = new List<TimeZonePlaceZone>();
        foreach (var zoneEntry in entry.Zones)
        {
            var value = zoneEntry.Value ?? throw Problem(zoneEntry.Line, $"a zone of {name} is empty");
            var zone = Zone(value.Id, zoneEntry.Line);
            if (zones.Exists(z => z.Zone.Id == zone.Id))
            {
                throw Problem(value.Id!.Line, $"{zone.Id} is listed twice for {name}");
            }

            var label = string.IsNullOrWhiteSpace(value.Label) ? PlaceNames.CityOf(zone.Id) : value.Label.Trim();
            zones.Add(new TimeZonePlaceZone(zone, label));
        }

        if (zones.Count == 1)
        {
            zones[0] = zones[0] with { Name = name };
        }

        var country = new TimeZonePlace(name, TimeZonePlaceKind.Country, zones);
        if (!countriesByCode.TryAdd(code, country))
        {
            throw Problem(entry.Code!.Line, $"the code {code} is used by {countriesByCode[code].Name} already");
        }

        countries.Add(country);
        ClaimName(name, entry.Name!.Line, name, country);
        foreach (var other in entry.OtherNames ?? [])
        {
            ClaimName(RequiredText(other, other.Line, $"an empty name in the other_names of {name}"), other.Line, name, country);
        }
    }

    private void AddAlias(Located<TimeZoneAliasEntry> located)
    {
        var entry = located.Value ?? throw Problem(located.Line, "this alias entry is empty");
        var zone = Zone(entry.Zone, located.Line);
        if (entry.Names is not { Count: > 0 })
        {
            throw Problem(located.Line, $"the alias entry for {zone.Id} needs 'names', such as [Munich, Frankfurt]");
        }

        foreach (var nameEntry in entry.Names)
        {
            var name = RequiredText(nameEntry, nameEntry.Line, $"an empty name in the aliases of {zone.Id}");
            ClaimName(name, nameEntry.Line, $"the aliases of {zone.Id}", new TimeZonePlace(name, TimeZonePlaceKind.Alias, [new(zone, name)]));
        }
    }

    /// <summary>Country names and aliases must each be unique; cities from ids may share them.</summary>
    private void ClaimName(string name, int line, string owner, TimeZonePlace place)
    {
        var key = PlaceNames.Normalize(name);
        if (key.Length == 0)
        {
            throw Problem(line, $"'{name}' has no letters or digits to match");
        }

        if (!ownedNames.TryAdd(key, (name, owner, line)))
        {
            var (earlierName, earlierOwner, earlierLine) = ownedNames[key];
            throw Problem(
                line,
                string.Equals(name, earlierName, StringComparison.OrdinalIgnoreCase)
                    ? $"the name '{name}' is already used by {earlierOwner} (line {earlierLine})"
                    : $"the name '{name}' reads the same as '{earlierName}' of {earlierOwner} (line {earlierLine})");
        }

        AddPlace(key, place);
    }

    private void AddPlace(string key, TimeZonePlace place)
    {
        if (!placesByKey.TryGetValue(key, out var places))
        {
            placesByKey[key] = places = [];
        }

        places.Add(place);
    }

    private TimeZoneInfo Zone(Located<string>? id, int entryLine)
    {
        var text = id?.Value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            throw Problem(id?.Line ?? entryLine, "a zone id is missing (an IANA id such as Europe/Berlin)");
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(text, out var zone))
        {
            throw Problem(id!.Line, $"unknown time zone id '{text}'{Closest(text)}");
        }

        if (!zone.HasIanaId)
        {
            throw Problem(id!.Line, $"'{text}' is not an IANA time zone id; use one such as Europe/Berlin");
        }

        if (!string.Equals(zone.Id, text, StringComparison.Ordinal))
        {
            throw Problem(id!.Line, $"write the time zone id '{text}' exactly as '{zone.Id}'");
        }

        AddZone(zone);
        return zone;
    }

    private string Closest(string text)
    {
        var key = PlaceNames.Normalize(text);
        var best = zonesByKey
            .Select(pair => (Distance: EditDistance.Between(key, pair.Key, 3), pair.Value.Id))
            .Where(candidate => candidate.Distance <= 3)
            .OrderBy(candidate => candidate.Distance)
            .ThenBy(candidate => candidate.Id, StringComparer.Ordinal)
            .Select(candidate => candidate.Id)
            .FirstOrDefault();
        return best is null ? " (use an IANA id such as Europe/Berlin)" : $"; did you mean {best}?";
    }

    private string RequiredText(Located<string>? value, int entryLine, string problem)
    {
        var text = value?.Value?.Trim();
        return string.IsNullOrEmpty(text) ? throw Problem(value?.Line ?? entryLine, problem) : text;
    }

    private ContentException Problem(int line, string problem) => new(fileName, line, problem);

    [GeneratedRegex("^[A-Z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodeShape();
}
