namespace InterviewCoachBot.Adapters.Discord.Messages;

/// <summary>How a reply is rendered for one destination.</summary>
/// <param name="OwnerId">Who may press its buttons; null drops the buttons (nobody to check presses against).</param>
/// <param name="Ephemeral">Only the user sees it (interaction answers in guilds).</param>
/// <param name="OfferAnswer">Add an "Answer" button that opens a text modal (a wizard is waiting for free text).</param>
internal sealed record MessageOptions(string? OwnerId, bool Ephemeral, bool OfferAnswer = false);
