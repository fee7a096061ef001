namespace InterviewCoachBot.Engine.Time;

/// <summary>Where a place name came from; aliases win over cities and countries of the same name.</summary>
internal enum TimeZonePlaceKind
{
    City,
    Alias,
    Country,
}
