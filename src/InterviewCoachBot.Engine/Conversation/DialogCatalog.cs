namespace InterviewCoachBot.Engine.Conversation;

/// <summary>The wizards, by the kind stored with their state.</summary>
public sealed class DialogCatalog(IEnumerable<IDialog> dialogs)
{
    private readonly Dictionary<string, IDialog> byKind = dialogs.ToDictionary(dialog => dialog.Kind, StringComparer.Ordinal);

    public IDialog? Find(string kind) => byKind.GetValueOrDefault(kind);
}
