namespace InterviewCoachBot.Engine.Messages;

/// <summary>What the user sent: a command, free text, or a button press.</summary>
public abstract record InboundContent;

/// <summary>A command such as <c>interview</c> with whatever followed it on the line.</summary>
public sealed record CommandInput(string Name, string Arguments) : InboundContent;

/// <summary>Text that was not a command.</summary>
public sealed record TextInput(string Text) : InboundContent;

/// <summary>A pressed button, carrying the action data the engine put on it.</summary>
public sealed record ButtonInput(string Data) : InboundContent;

/// <summary>A submitted form (<see cref="ReplyForm"/>): each field's key and the text given for it.</summary>
public sealed record FormInput(IReadOnlyDictionary<string, string> Values) : InboundContent;
