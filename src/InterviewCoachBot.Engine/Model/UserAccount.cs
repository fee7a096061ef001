using InterviewCoachBot.Engine.Time;

namespace InterviewCoachBot.Engine.Model;

/// <summary>A candidate as the bot stores them: one row per platform identity.</summary>
public sealed record UserAccount
{
    public required long Id { get; init; }

    public required string Platform { get; init; }

    public required string ExternalId { get; init; }

    /// <summary>IANA id of the zone every time is shown and typed in.</summary>
    public required string TimeZoneId { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The days follow-ups and check-ins may fall on; the default until settings let the user change it.</summary>
    public WorkingDays WorkingDays { get; init; } = WorkingDays.MondayToFriday;
}
