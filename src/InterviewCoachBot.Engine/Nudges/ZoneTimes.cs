namespace InterviewCoachBot.Engine.Nudges;

/// <summary>Local clock times to instants, safe across daylight-saving changes.</summary>
public static class ZoneTimes
{
    /// <summary>Which of the two instants to take when a clock time happens twice (the night the clocks go back).</summary>
    public enum Ambiguity
    {
        Earlier = 1,
        Later = 2,
    }

    /// <summary>
    /// The instant the clock in <paramref name="zone"/> shows <paramref name="local"/>. A time skipped by a spring-forward
    /// change becomes the first time after the gap; a repeated time is resolved by <paramref name="ambiguity"/>.
    /// </summary>
    public static DateTimeOffset ToUtc(DateTime local, TimeZoneInfo zone, Ambiguity ambiguity)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var clock = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);

        // Real gaps are whole quarter hours (mostly one hour); walking minutes finds the gap's end without offset arithmetic.
        for (var guard = 0; zone.IsInvalidTime(clock) && guard < 24 * 60; guard++)
        {
            clock = clock.AddMinutes(1);
        }

        if (zone.IsAmbiguousTime(clock))
        {
            var offsets = zone.GetAmbiguousTimeOffsets(clock);
            var offset = ambiguity == Ambiguity.Earlier ? offsets.Max() : offsets.Min();
            return new DateTimeOffset(clock, offset).ToUniversalTime();
        }

        return new DateTimeOffset(clock, zone.GetUtcOffset(clock)).ToUniversalTime();
    }

    /// <summary>The instant a local day begins (later than midnight where the clocks skip it).</summary>
    public static DateTimeOffset StartOfDay(DateOnly day, TimeZoneInfo zone) =>
        ToUtc(day.ToDateTime(TimeOnly.MinValue), zone, Ambiguity.Earlier);
}
