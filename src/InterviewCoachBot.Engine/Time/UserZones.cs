namespace InterviewCoachBot.Engine.Time;

/// <summary>Finds a stored zone id on this machine; an id that vanished (tzdata change) falls back to UTC, never throws.</summary>
public static class UserZones
{
    public static TimeZoneInfo Find(string zoneId) => TryFind(zoneId) ?? TimeZoneInfo.Utc;

    public static TimeZoneInfo? TryFind(string? zoneId)
    {
        if (string.IsNullOrWhiteSpace(zoneId))
        {
            return null;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone) ? zone : null;
    }
}
