namespace InterviewCoachBot.Adapters.Discord.Commands;

/// <summary>
/// Autocomplete for <c>/timezone details</c>: what the user typed (the engine resolves cities, countries and typos), then
/// common IANA zones matching it.
/// </summary>
internal static class TimeZoneSuggestions
{
    public const int MaxChoices = 25;

    private static readonly string[] Common =
    [
        "UTC", "Europe/London", "Europe/Dublin", "Europe/Lisbon", "Europe/Paris", "Europe/Berlin", "Europe/Madrid",
        "Europe/Rome", "Europe/Amsterdam", "Europe/Stockholm", "Europe/Warsaw", "Europe/Athens", "Europe/Kyiv",
        "Europe/Istanbul", "Europe/Moscow", "Africa/Lagos", "Africa/Cairo", "Africa/Johannesburg", "Africa/Nairobi",
        "Asia/Dubai", "Asia/Karachi", "Asia/Kolkata", "Asia/Dhaka", "Asia/Bangkok", "Asia/Jakarta", "Asia/Singapore",
        "Asia/Shanghai", "Asia/Hong_Kong", "Asia/Manila", "Asia/Seoul", "Asia/Tokyo", "Australia/Perth",
        "Australia/Sydney", "Pacific/Auckland", "America/Sao_Paulo", "America/Buenos_Aires", "America/Bogota",
        "America/Mexico_City", "America/New_York", "America/Toronto", "America/Chicago", "America/Denver",
        "America/Phoenix", "America/Los_Angeles", "America/Vancouver", "America/Anchorage", "Pacific/Honolulu",
    ];

    public static IReadOnlyList<string> For(string typed)
    {
        var text = (typed ?? string.Empty).Trim();
        var matches = Common.Where(zone => text.Length == 0 || zone.Contains(text.Replace(' ', '_'), StringComparison.OrdinalIgnoreCase));
        var choices = text.Length is > 0 and <= 100 ? matches.Prepend(text) : matches;
        return [.. choices.Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxChoices)];
    }
}
