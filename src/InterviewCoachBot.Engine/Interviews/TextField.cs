using InterviewCoachBot.Engine.Coaching;
using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Messages;

namespace InterviewCoachBot.Engine.Interviews;

/// <summary>A short free-text answer such as the company name: trimmed, single line, bounded length.</summary>
/// <param name="formQuestion">The question short enough to label a form field.</param>
public sealed class TextField(string key, string label, string question, string formQuestion, string example, bool optional = false) : InterviewField
{
    private const string SkipWord = "skip";

    public override string Key => key;

    public override string Label => label;

    public override Reply Ask(Turn turn) => optional
        ? new Reply($"{question}\nFor example: {example}. Or send \"{SkipWord}\" if you'd rather not say.", [[new ReplyButton("Skip", ButtonData.Answer(SkipWord))]]) { ExpectsText = true }
        : new Reply($"{question}\nFor example: {example}") { ExpectsText = true };

    public override FormField InForm(Turn turn) => new(key, formQuestion, example, Required: !optional, TextLimits.ShortField);

    public override FieldResult AcceptSubmitted(Turn turn, string value) =>
        optional && string.IsNullOrWhiteSpace(value) ? new FieldResult.Accepted(string.Empty) : Accept(turn, value);

    public override FieldResult Accept(Turn turn, string answer)
    {
        // Control and invisible formatting characters (such as a right-to-left override) never reach a stored name.
        var value = FreeText.Clean(answer, int.MaxValue);
        if (optional && value.Equals(SkipWord, StringComparison.OrdinalIgnoreCase))
        {
            return new FieldResult.Accepted(string.Empty);
        }

        if (value.Length == 0)
        {
            return Reject(turn, $"I need the {label} to go on.");
        }

        if (value.Length > TextLimits.ShortField)
        {
            return Reject(turn, $"That {label} is {value.Length} characters long; please keep it under {TextLimits.ShortField}.");
        }

        return new FieldResult.Accepted(value);
    }

    public override string Show(Turn turn, string value) => value.Length == 0 ? "(not given)" : value;
}
