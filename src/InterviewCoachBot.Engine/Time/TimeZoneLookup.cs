namespace InterviewCoachBot.Engine.Time;

/// <summary>What <see cref="TimeZoneResolver.Resolve"/> made of the user's text.</summary>
public abstract record TimeZoneLookup
{
    private TimeZoneLookup()
    {
    }

    /// <summary>One zone matched exactly; <paramref name="Label"/> is a short confirmation such as <c>Europe/Berlin (Berlin, UTC+01:00)</c>.</summary>
    public sealed record Found(TimeZoneInfo Zone, string Label) : TimeZoneLookup;

    /// <summary>Several zones could be meant (a country with many zones, or close misspellings), best first; the user must pick one.</summary>
    public sealed record Choices(string Reason, IReadOnlyList<TimeZoneChoice> Options) : TimeZoneLookup;

    /// <summary>Nothing matched; <paramref name="Reason"/> tells the user what to type instead.</summary>
    public sealed record NotFound(string Reason) : TimeZoneLookup;
}
