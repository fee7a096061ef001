namespace InterviewCoachBot.Engine.Content;

public sealed record ChecklistItem(string Key, string Text);
