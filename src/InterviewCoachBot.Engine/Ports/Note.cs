namespace InterviewCoachBot.Engine.Ports;

/// <summary>One note the candidate wrote for a sheet section.</summary>
public sealed record Note(string Section, string Text, DateTimeOffset CreatedAt);
