using InterviewCoachBot.Engine.Text;

namespace InterviewCoachBot.Engine.Conversation;

/// <summary>Every command the engine knows, looked up by name or alias; adapters read it to publish their menus.</summary>
public sealed class CommandCatalog
{
    private readonly Dictionary<string, ICommand> byName = new(StringComparer.OrdinalIgnoreCase);

    public CommandCatalog(IEnumerable<ICommand> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        Commands = [.. commands];
        foreach (var command in Commands)
        {
            foreach (var name in command.Info.Aliases.Prepend(command.Info.Name))
            {
                if (!byName.TryAdd(name, command))
                {
                    throw new InvalidOperationException($"Two commands claim the name '{name}'.");
                }
            }
        }
    }

    /// <summary>In the order they were registered, which is the order help shows them.</summary>
    public IReadOnlyList<ICommand> Commands { get; }

    public ICommand? Find(string name) => byName.GetValueOrDefault(name);

    /// <summary>The known name closest to a mistyped one, if any is close enough to be a likely typo.</summary>
    public string? Closest(string name)
    {
        var typed = name.ToLowerInvariant();
        var best = byName.Keys
            .Select(known => (Known: known, Distance: EditDistance.Between(typed, known, max: 3)))
            .OrderBy(pair => pair.Distance)
            .ThenBy(pair => pair.Known, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Known is not null && best.Distance <= EditDistance.TypoAllowance(typed.Length)
            ? byName[best.Known].Info.Name
            : null;
    }
}
