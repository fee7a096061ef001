namespace InterviewCoachBot.Engine.Time;

/// <summary>The YAML model of <c>content/timezones.yaml</c>.</summary>
internal sealed class TimeZoneFile
{
    public List<Located<TimeZoneCountryEntry>>? Countries { get; set; }

    public List<Located<TimeZoneAliasEntry>>? Aliases { get; set; }
}
