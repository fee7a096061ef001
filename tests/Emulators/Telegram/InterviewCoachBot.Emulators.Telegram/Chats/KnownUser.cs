namespace InterviewCoachBot.Emulators.Telegram.Chats;

/// <summary>A user who has written to the bot; their private chat has the same id.</summary>
internal sealed record KnownUser(long Id, string FirstName, string? Username);
