namespace InterviewCoachBot.Engine.Conversation;

/// <summary>
/// Recognises a message that asks for a command instead of answering a question: a command's word without the slash,
/// maybe after a few request words ("help", "list", "show my interviews", "stop reminders").
/// </summary>
public static class CommandWords
{
    // A request is short; the limits also keep the text small enough to travel in button data.
    private const int MaxWords = 4;
    private const int MaxLength = 40;

    private static readonly HashSet<string> RequestWords = new(StringComparer.Ordinal)
    {
        "show", "list", "see", "view", "open", "check", "stop", "start", "pause", "cancel", "turn", "off", "on",
        "my", "me", "the", "all", "please",
    };

    public static ICommand? Find(CommandCatalog commands, string text)
    {
        ArgumentNullException.ThrowIfNull(commands);
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxLength)
        {
            return null;
        }

        var words = text.ToLowerInvariant().Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(word => word.Trim('.', '!', '?', ','))
            .ToArray();
        return words.Length is > 0 and <= MaxWords && words[..^1].All(RequestWords.Contains)
            ? commands.Find(words[^1])
            : null;
    }
}
