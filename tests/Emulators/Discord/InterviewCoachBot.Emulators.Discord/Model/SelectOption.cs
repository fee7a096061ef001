namespace InterviewCoachBot.Emulators.Discord;

/// <summary>One option of a string select menu (component type 3) in a message the bot sent.</summary>
/// <param name="MenuCustomId">The <c>custom_id</c> of the menu holding it.</param>
public sealed record SelectOption(string MenuCustomId, string Label, string Value);
