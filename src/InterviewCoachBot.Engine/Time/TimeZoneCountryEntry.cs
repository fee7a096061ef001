namespace InterviewCoachBot.Engine.Time;

/// <summary>One country in <c>timezones.yaml</c>: its names, ISO code and IANA zones.</summary>
internal sealed class TimeZoneCountryEntry
{
    public Located<string>? Name { get; set; }

    public Located<string>? Code { get; set; }

    public List<Located<string>>? OtherNames { get; set; }

    public List<Located<TimeZoneZoneEntry>>? Zones { get; set; }
}
