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

    /// <summary>The days follow-ups and check-ins may fall on; Monday to Friday until the user sets their own.</summary>
    public WorkingDays WorkingDays { get; init; } = WorkingDays.MondayToFriday;

    /// <summary>The name the user gave for signing drafts; null until they give one (the platform's display name is used then).</summary>
    public string? Name { get; init; }
}
