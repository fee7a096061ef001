namespace InterviewCoachBot.Engine.Content;

/// <summary>A list the candidate ticks off per interview; ticks are stored by <see cref="Key"/> and item key.</summary>
public sealed record Checklist(string Key, string Title, IReadOnlyList<ChecklistItem> Items)
{
    public ChecklistItem? Find(string itemKey) => Items.FirstOrDefault(item => item.Key == itemKey);
}
