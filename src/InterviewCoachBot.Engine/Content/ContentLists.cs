namespace InterviewCoachBot.Engine.Content;

/// <summary>Readers for the shapes several content files share: checklists and note sheets.</summary>
public static class ContentLists
{
    public static Checklist Checklist(ContentNode parent, string checklistKey)
    {
        ArgumentNullException.ThrowIfNull(parent);
        var node = parent.Child("checklist").Only("title", "items");
        var items = node.List("items");
        foreach (var item in items)
        {
            item.Only("key", "text");
        }

        ContentNode.RequireUnique(items, "key");
        return new Checklist(checklistKey, node.Text("title"), [.. items.Select(item => new ChecklistItem(Key(item), item.Text("text")))]);
    }

    public static NoteSheet Sheet(ContentNode parent, string field, string sheetKey)
    {
        ArgumentNullException.ThrowIfNull(parent);
        var node = parent.Child(field).Only("title", "sections");
        var sections = node.List("sections");
        foreach (var section in sections)
        {
            section.Only("key", "label", "prompt");
        }

        ContentNode.RequireUnique(sections, "key");
        return new NoteSheet(sheetKey, node.Text("title"), [.. sections.Select(section => new NoteSection(Key(section), section.Text("label"), section.Text("prompt")))]);
    }

    /// <summary>Keys are stored and typed in commands, so they stay simple: lower case letters, digits and underscores.</summary>
    public static string Key(ContentNode item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var key = item.Text("key");
        return key.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_') && key.Length <= 24
            ? key
            : throw item.Child("key").Error("a key may only use a-z, 0-9 and _ (at most 24 characters)");
    }
}
