namespace InterviewCoachBot.Engine.Content;

/// <summary>A one-page sheet assembled from the candidate's own notes, grouped in sections.</summary>
public sealed record NoteSheet(string Key, string Title, IReadOnlyList<NoteSection> Sections)
{
    public NoteSection? Find(string sectionKey) => Sections.FirstOrDefault(section => section.Key.Equals(sectionKey, StringComparison.OrdinalIgnoreCase));
}
