namespace InterviewCoachBot.Emulators.Discord.State;

/// <summary>Result of trying to record an interaction callback.</summary>
internal enum AckOutcome
{
    Accepted,
    Unknown,
    Expired,
    AlreadyAcknowledged,
    InvalidType,
}
