using InterviewCoachBot.Engine.Messages;

namespace InterviewCoachBot.Engine.Interviews;

/// <summary>The outcome of checking one answer: the value to store, or a re-prompt saying what was wrong.</summary>
public abstract record FieldResult
{
    public sealed record Accepted(string Value) : FieldResult;

    /// <param name="Reprompt">The field's question again, led by what was wrong; or a question of its own (which of two times).</param>
    public sealed record Rejected(Reply Reprompt) : FieldResult
    {
        /// <summary>What was wrong, when the wizard's question can simply be asked again; null when <see cref="Reprompt"/> asks something new.</summary>
        public string? Reason { get; init; }
    }
}
