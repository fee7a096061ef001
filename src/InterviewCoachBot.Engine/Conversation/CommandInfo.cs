namespace InterviewCoachBot.Engine.Conversation;

/// <summary>How a command is named and described; adapters use it for menus and slash-command registration.</summary>
/// <param name="Name">The verb, lower case, without a slash.</param>
/// <param name="Summary">One line for menus (Telegram allows up to 256 characters, Discord 100).</param>
/// <param name="Usage">An example of the command with arguments, shown in help.</param>
/// <param name="Aliases">Other words that run the same command.</param>
public sealed record CommandInfo(string Name, string Summary, string Usage, params string[] Aliases)
{
    public CommandEffect Effect { get; init; } = CommandEffect.Changes;

    /// <summary>What the command does, in a sentence or two, for its own help (<c>/help name</c>); the summary when not given.</summary>
    public string? Details { get; init; }

    /// <summary>Command lines to copy, shown in its own help.</summary>
    public IReadOnlyList<string> Examples { get; init; } = [];

    /// <summary>True when running it with these arguments changes nothing, so an open wizard can stay open.</summary>
    public bool ReadsOnly(string arguments) =>
        Effect == CommandEffect.ReadsOnly || (Effect == CommandEffect.ReadsOnlyWhenAlone && arguments.Length == 0);
}
