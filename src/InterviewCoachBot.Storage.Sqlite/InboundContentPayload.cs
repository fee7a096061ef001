using InterviewCoachBot.Engine.Messages;

namespace InterviewCoachBot.Storage.Sqlite;

/// <summary>The stored JSON form of an <see cref="InboundContent"/> (a deferred message).</summary>
/// <param name="Kind">"command", "text" or "button".</param>
/// <param name="Value">The command's arguments, the text, or the button's data.</param>
/// <remarks>Its own type, so that a change to the engine's records cannot silently change stored rows.</remarks>
internal sealed record InboundContentPayload(string Kind, string Value, string? Name = null)
{
    public static InboundContentPayload From(InboundContent content) => content switch
    {
        CommandInput command => new("command", command.Arguments, command.Name),
        TextInput text => new("text", text.Text),
        ButtonInput button => new("button", button.Data),
        _ => throw new ArgumentOutOfRangeException(nameof(content), content.GetType().Name, "Unknown kind of inbound content."),
    };

    public InboundContent ToContent() => Kind switch
    {
        "command" => new CommandInput(Name ?? string.Empty, Value),
        "text" => new TextInput(Value),
        "button" => new ButtonInput(Value),
        _ => throw new InvalidDataException($"Unknown kind of deferred content '{Kind}'."),
    };
}
