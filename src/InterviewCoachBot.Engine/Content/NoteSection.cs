namespace InterviewCoachBot.Engine.Content;

/// <summary>One group of notes on a sheet, with the question that asks for one.</summary>
public sealed record NoteSection(string Key, string Label, string Prompt);
