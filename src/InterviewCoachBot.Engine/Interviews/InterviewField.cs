using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Messages;

namespace InterviewCoachBot.Engine.Interviews;

/// <summary>One thing the interview wizard asks: how to ask it, and how to check and store the answer.</summary>
public abstract class InterviewField
{
    /// <summary>The key in the wizard's state and in one-line arguments (<c>company: Acme</c>).</summary>
    public abstract string Key { get; }

    /// <summary>How the field is named to the user ("company").</summary>
    public abstract string Label { get; }

    public abstract Reply Ask(Turn turn);

    public abstract FieldResult Accept(Turn turn, string answer);

    /// <summary>How the field is asked in a form, or null when it is not typed (a choice of buttons).</summary>
    public virtual FormField? InForm(Turn turn) => null;

    /// <summary>Checks a value submitted in a form; an optional field may be left empty there.</summary>
    public virtual FieldResult AcceptSubmitted(Turn turn, string value) => Accept(turn, value);

    /// <summary>The stored value as the user reads it.</summary>
    public virtual string Show(Turn turn, string value) => value;

    protected FieldResult Reject(Turn turn, string problem)
    {
        var ask = Ask(turn);
        return new FieldResult.Rejected(ask with { Text = problem + "\n\n" + ask.Text }) { Reason = problem };
    }
}
