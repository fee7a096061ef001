using InterviewCoachBot.Engine.Messages;

namespace InterviewCoachBot.Engine.Interviews;

/// <summary>The outcome of checking one answer: the value to store, or a re-prompt saying what was wrong.</summary>
public abstract record FieldResult
{
    public sealed record Accepted(string Value) : FieldResult;

    public sealed record Rejected(Reply Reprompt) : FieldResult;
}
