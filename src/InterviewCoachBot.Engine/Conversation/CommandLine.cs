namespace InterviewCoachBot.Engine.Conversation;

/// <summary>Splits "/verb rest of line" into the verb and its arguments.</summary>
public static class CommandLine
{
    public static (string Name, string Arguments) Split(string line)
    {
        var trimmed = line.Trim().TrimStart('/');
        var space = trimmed.IndexOfAny([' ', '\t', '\n']);
        var name = space < 0 ? trimmed : trimmed[..space];

        // Telegram appends the bot's name in groups: /help@CoachBot.
        var at = name.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            name = name[..at];
        }

        var arguments = space < 0 ? string.Empty : trimmed[(space + 1)..].Trim();
        return (name.ToLowerInvariant(), arguments);
    }
}
