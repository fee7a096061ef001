namespace InterviewCoachBot.Engine.Time;

/// <summary>A zone offered as a button. <paramref name="Label"/> is at most 40 characters, such as <c>Europe/Berlin (Berlin, UTC+01:00)</c>.</summary>
public sealed record TimeZoneChoice(string ZoneId, string Label);
