namespace InterviewCoachBot.Adapters.Discord.Messages;

/// <summary>How a reply is rendered for one destination.</summary>
/// <param name="OwnerId">Who may press its buttons; null drops the buttons (nobody to check presses against).</param>
/// <param name="Ephemeral">Only the user sees it (interaction answers in guilds).</param>
internal sealed record MessageOptions(string? OwnerId, bool Ephemeral);
