namespace InterviewCoachBot.Engine.Time;

/// <summary>Well-known place names that are not part of an IANA id, all meaning one zone.</summary>
internal sealed class TimeZoneAliasEntry
{
    public Located<string>? Zone { get; set; }

    public List<Located<string>>? Names { get; set; }
}
