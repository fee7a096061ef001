namespace InterviewCoachBot.Engine.Time;

/// <summary>A name users may type and the zones it stands for (several only for countries with many zones).</summary>
internal sealed record TimeZonePlace(string Name, TimeZonePlaceKind Kind, IReadOnlyList<TimeZonePlaceZone> Zones);
