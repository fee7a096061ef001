namespace InterviewCoachBot.Engine.Ports;

/// <summary>A nudge row as the user's own commands see it.</summary>
public sealed record StoredNudge(long Id, int InterviewNumber, string Company, string Rule, DateTimeOffset DueAt, DateTimeOffset ExpiresAt, string Status)
{
    public const string Planned = "planned";
    public const string Sent = "sent";
    public const string Cancelled = "cancelled";
    public const string Skipped = "skipped";
    public const string Failed = "failed";
}
