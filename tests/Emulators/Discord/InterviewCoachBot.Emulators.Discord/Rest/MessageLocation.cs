namespace InterviewCoachBot.Emulators.Discord.Rest;

/// <summary>Where a route's request carries a message (checked by MessageRules, allowed_mentions recorded).</summary>
internal enum MessageLocation
{
    None,
    Body,
    CallbackData,
}
