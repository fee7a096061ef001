namespace InterviewCoachBot.Engine.Time;

/// <summary>A zone a place stands for, with the human name shown next to its id (a city, alias, country or region label).</summary>
internal sealed record TimeZonePlaceZone(TimeZoneInfo Zone, string Name);
