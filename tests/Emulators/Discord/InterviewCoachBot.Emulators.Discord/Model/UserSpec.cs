namespace InterviewCoachBot.Emulators.Discord;

/// <summary>A Discord user the test acts as.</summary>
public sealed record UserSpec(string Id, string Username = "tester", string? GlobalName = null, string Locale = "en-US");
