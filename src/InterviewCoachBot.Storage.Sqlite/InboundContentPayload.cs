using InterviewCoachBot.Engine.Messages;

namespace InterviewCoachBot.Storage.Sqlite;

/// <summary>The stored JSON form of an <see cref="InboundContent"/> (a deferred message).</summary>
/// <param name="Kind">"command", "text", "button" or "form".</param>
/// <param name="Value">The command's arguments, the text, or the button's data (empty for a form).</param>
/// <param name="Fields">A submitted form's values by key.</param>
/// <remarks>Its own type, so that a change to the engine's records cannot silently change stored rows.</remarks>
internal sealed record InboundContentPayload(string Kind, string Value, string? Name = null, IReadOnlyDictionary<string, string>? Fields = null)
{
    public static InboundContentPayload From(InboundContent content) => content switch
    {
        CommandInput command => new("command", command.Arguments, command.Name),
        TextInput text => new("text", text.Text),
        ButtonInput button => new("button", button.Data),
        FormInput form => new("form", string.Empty, Fields: form.Values),
        _ => throw new ArgumentOutOfRangeException(nameof(content), content.GetType().Name, "Unknown kind of inbound content."),
    };

    public InboundContent ToContent() => Kind switch
    {
        "command" => new CommandInput(Name ?? string.Empty, Value),
        "text" => new TextInput(Value),
        "button" => new ButtonInput(Value),
        "form" => new FormInput(Fields ?? new Dictionary<string, string>()),
        _ => throw new InvalidDataException($"Unknown kind of deferred content '{Kind}'."),
    };
}
