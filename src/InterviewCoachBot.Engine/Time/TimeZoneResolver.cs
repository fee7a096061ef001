using System.Globalization;
using System.Text.RegularExpressions;
using InterviewCoachBot.Engine.Text;

namespace InterviewCoachBot.Engine.Time;

/// <summary>
/// Turns what a user typed (an IANA id, a city, a country, an alias or UTC) into a time zone.
/// Only exact matches are applied; countries with several zones and close misspellings come back as choices.
/// </summary>
public sealed partial class TimeZoneResolver(TimeZoneDirectory directory)
{
    /// <summary>Longer input is refused rather than searched.</summary>
    public const int MaxInputLength = 100;

    /// <summary>At most this many misspelling suggestions are offered.</summary>
    public const int MaxSuggestions = 6;

    /// <summary>Choice labels fit a button.</summary>
    public const int MaxLabelLength = 40;

    private const string Examples = "a city (Berlin, New York), a country (Germany) or a time zone id (Europe/Berlin)";

    private static readonly HashSet<string> UtcNames = new(StringComparer.Ordinal)
    {
        "utc", "gmt", "uct", "z", "zulu", "universal", "coordinated universal time", "greenwich mean time",
        "etc/utc", "etc/gmt", "etc/uct", "etc/universal", "etc/zulu",
    };

    /// <summary>What <paramref name="text"/> means as a time zone; never applies a guess.</summary>
    public TimeZoneLookup Resolve(string? text)
    {
        if (text is { Length: > MaxInputLength })
        {
            return new TimeZoneLookup.NotFound($"That is too long for a place name. Type {Examples}.");
        }

        var input = (text ?? string.Empty).Trim().Trim('"', '\'', '\u201C', '\u201D', '\u00AB', '\u00BB').Trim();
        if (PlaceNames.Normalize(input).Length == 0)
        {
            return new TimeZoneLookup.NotFound($"Type {Examples}.");
        }

        return ResolveUtc(input)
            ?? ResolveExact(input)
            ?? ResolveParts(input)
            ?? Suggest(input)
            ?? (TimeZoneLookup)new TimeZoneLookup.NotFound($"I don't know a time zone for \"{input}\". Type {Examples}.");
    }

    /// <summary>A button label such as <c>Europe/Berlin (Berlin, UTC+01:00)</c>, shortened to fit <see cref="MaxLabelLength"/>.</summary>
    internal static string Label(TimeZoneInfo zone, string name)
    {
        var offset = FormatOffset(StandardOffset(zone));
        var full = $"{zone.Id} ({name}, {offset})";
        var idOnly = $"{zone.Id} ({offset})";
        var nameOnly = $"{name} ({offset})";
        var nameIsCity = PlaceNames.Normalize(name) == PlaceNames.Normalize(PlaceNames.CityOf(zone.Id));
        string[] forms = nameIsCity ? [full, idOnly, nameOnly] : [full, nameOnly, idOnly];
        return forms.FirstOrDefault(form => form.Length <= MaxLabelLength) ?? nameOnly[..(MaxLabelLength - 1)] + "\u2026";
    }

    /// <summary>
    /// The zone's standard (not daylight-saving) offset. Usually <see cref="TimeZoneInfo.BaseUtcOffset"/>, but where the tz database
    /// models winter as negative daylight saving (Europe/Dublin), the base is the summer offset and the delta is applied.
    /// </summary>
    internal static TimeSpan StandardOffset(TimeZoneInfo zone)
    {
        var rules = zone.GetAdjustmentRules();
        return rules.Length > 0 && rules[^1].DateEnd == DateTime.MaxValue.Date && rules[^1].DaylightDelta < TimeSpan.Zero
            ? zone.BaseUtcOffset + rules[^1].DaylightDelta
            : zone.BaseUtcOffset;
    }

    private static string FormatOffset(TimeSpan offset) =>
        string.Create(CultureInfo.InvariantCulture, $"UTC{(offset < TimeSpan.Zero ? "-" : "+")}{offset.Duration():hh\\:mm}");

    private static TimeZoneChoice Choice(TimeZonePlaceZone zone) => new(zone.Zone.Id, Label(zone.Zone, zone.Name));

    private static TimeZoneLookup.Found Utc() => new(TimeZoneInfo.Utc, "UTC (Coordinated Universal Time)");

    [GeneratedRegex(@"^(?:UTC|GMT)\s*(?<sign>[+\-\u2212])\s*(?<hours>[0-9]{1,2})(?::?(?<minutes>[0-9]{2}))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FixedOffset();

    /// <summary>UTC by name, or a fixed offset such as "UTC+2" (whole hours map to Etc/GMT-2; others offer places using that offset).</summary>
    private TimeZoneLookup? ResolveUtc(string input)
    {
        if (UtcNames.Contains(PlaceNames.Normalize(input)))
        {
            return Utc();
        }

        var match = FixedOffset().Match(input);
        if (!match.Success)
        {
            return null;
        }

        var hours = int.Parse(match.Groups["hours"].Value, CultureInfo.InvariantCulture);
        var minutes = match.Groups["minutes"].Success ? int.Parse(match.Groups["minutes"].Value, CultureInfo.InvariantCulture) : 0;
        var negative = match.Groups["sign"].Value != "+";
        if (hours > 14 || minutes >= 60)
        {
            return new TimeZoneLookup.NotFound($"No place uses {input}. Type {Examples}.");
        }

        var offset = negative ? -new TimeSpan(hours, minutes, 0) : new TimeSpan(hours, minutes, 0);
        if (offset == TimeSpan.Zero)
        {
            return Utc();
        }

        // The Etc/GMT ids have the sign reversed (POSIX style): Etc/GMT-2 is UTC+02:00.
        var fixedId = string.Create(CultureInfo.InvariantCulture, $"Etc/GMT{(negative ? "+" : "-")}{hours}");
        if (minutes == 0 && TimeZoneInfo.TryFindSystemTimeZoneById(fixedId, out var fixedZone))
        {
            return new TimeZoneLookup.Found(fixedZone, Label(fixedZone, "fixed"));
        }

        var options = directory.Countries
            .SelectMany(country => country.Zones)
            .Where(zone => StandardOffset(zone.Zone) == offset)
            .DistinctBy(zone => zone.Zone.Id)
            .Take(MaxSuggestions)
            .Select(Choice)
            .ToList();
        return options.Count == 0
            ? new TimeZoneLookup.NotFound($"No place uses {FormatOffset(offset)}. Type {Examples}.")
            : new TimeZoneLookup.Choices($"There is no fixed zone for {FormatOffset(offset)}; these places use it. Which one is yours?", options);
    }

    /// <summary>An IANA id, an upper-case ISO country code, an alias, a city from an id, or a country name, matched exactly.</summary>
    private TimeZoneLookup? ResolveExact(string input)
    {
        if (input.Contains('/', StringComparison.Ordinal) && directory.FindZoneById(input) is { } zone)
        {
            var name = zone.Id.StartsWith("Etc/", StringComparison.Ordinal) ? "fixed" : PlaceNames.CityOf(zone.Id);
            return new TimeZoneLookup.Found(zone, Label(zone, name));
        }

        if (directory.CountryByCode(input) is { } country)
        {
            return FromPlaces(input, [country]);
        }

        var places = directory.PlacesByKey(PlaceNames.Normalize(input));
        if (places.Count == 0)
        {
            return null;
        }

        var alias = places.FirstOrDefault(place => place.Kind == TimeZonePlaceKind.Alias);
        return FromPlaces(input, alias is null ? places : [alias]);
    }

    /// <summary>"Berlin, Germany": the first comma-separated part that matches exactly.</summary>
    private TimeZoneLookup? ResolveParts(string input)
    {
        if (!input.Contains(',', StringComparison.Ordinal))
        {
            return null;
        }

        return input.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(ResolveExact)
            .FirstOrDefault(lookup => lookup is not null);
    }

    private static TimeZoneLookup FromPlaces(string input, IReadOnlyList<TimeZonePlace> places)
    {
        var zones = places.SelectMany(place => place.Zones).DistinctBy(zone => zone.Zone.Id).ToList();
        if (zones.Count == 1)
        {
            return new TimeZoneLookup.Found(zones[0].Zone, Label(zones[0].Zone, zones[0].Name));
        }

        var reason = places.Count == 1
            ? $"{places[0].Name} has {zones.Count} time zones. Which one is yours?"
            : $"\"{input}\" could be {zones.Count} time zones. Which one is yours?";
        return new TimeZoneLookup.Choices(reason, zones.Select(Choice).ToList());
    }

    /// <summary>Names (or, for input with a slash, current ids) within a few typos of the input, closest first.</summary>
    private TimeZoneLookup.Choices? Suggest(string input)
    {
        var key = PlaceNames.Normalize(input);
        var max = EditDistance.TypoAllowance(key.Length);
        if (max == 0)
        {
            return null;
        }

        var candidates = new List<(int Distance, int Prefix, int LengthGap, TimeZonePlaceKind Kind, string Key, TimeZonePlaceZone Zone)>();
        if (key.Contains('/', StringComparison.Ordinal))
        {
            foreach (var idKey in directory.ZoneKeys)
            {
                var distance = EditDistance.Between(key, idKey, max);
                if (distance <= max)
                {
                    var zone = directory.ZoneByKey(idKey);
                    candidates.Add((distance, EditDistance.CommonPrefix(key, idKey), Math.Abs(key.Length - idKey.Length), TimeZonePlaceKind.City, idKey, new(zone, PlaceNames.CityOf(zone.Id))));
                }
            }
        }
        else
        {
            foreach (var nameKey in directory.PlaceKeys)
            {
                var distance = EditDistance.Between(key, nameKey, max);
                if (distance > max)
                {
                    continue;
                }

                foreach (var place in directory.PlacesByKey(nameKey))
                {
                    foreach (var zone in place.Zones)
                    {
                        candidates.Add((distance, EditDistance.CommonPrefix(key, nameKey), Math.Abs(key.Length - nameKey.Length), place.Kind, nameKey, zone));
                    }
                }
            }
        }

        var options = candidates
            .OrderBy(candidate => candidate.Distance)
            .ThenByDescending(candidate => candidate.Prefix)
            .ThenBy(candidate => candidate.LengthGap)
            .ThenBy(candidate => candidate.Kind)
            .ThenBy(candidate => candidate.Key, StringComparer.Ordinal)
            .DistinctBy(candidate => candidate.Zone.Zone.Id)
            .Take(MaxSuggestions)
            .Select(candidate => Choice(candidate.Zone))
            .ToList();
        return options.Count == 0
            ? null
            : new TimeZoneLookup.Choices($"I don't know \"{input}\". Did you mean one of these?", options);
    }
}
