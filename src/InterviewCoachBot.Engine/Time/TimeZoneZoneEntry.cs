namespace InterviewCoachBot.Engine.Time;

/// <summary>One IANA zone of a country, with an optional short label (a city or region) shown on its button.</summary>
internal sealed class TimeZoneZoneEntry
{
    public Located<string>? Id { get; set; }

    public string? Label { get; set; }
}
