using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Model;

namespace InterviewCoachBot.Engine.Interviews;

/// <summary>Changes one field of an interview: asks which field (unless given), then the new value.</summary>
public sealed class EditInterviewDialog(InterviewFields fields, InterviewSummary summary) : IDialog
{
    public const string DialogKind = "interview.edit";
    private const string FieldKey = "field";
    private const string FieldStep = "field";
    private const string ValueStep = "value";

    public string Kind => DialogKind;

    public string Title => "interview change";

    public async Task StartAsync(Turn turn, Interview interview, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(interview);
        var state = turn.NewDialog(DialogKind, FieldStep)
            .About(interview, turn.Now);
        var (fieldName, value) = CommandLine.Split(arguments);
        var field = fields.Find(fieldName);
        if (field is null)
        {
            var problem = fieldName.Length == 0 ? null : NotAField(fieldName);
            await AskFieldAsync(turn, state, interview, problem, cancellationToken);
            return;
        }

        state = state.With(FieldKey, field.Key, ValueStep, turn.Now);
        if (value.Length == 0)
        {
            await AskValueAsync(turn, state, interview, field, cancellationToken);
        }
        else if (await ApplyAsync(turn, interview, field, value, cancellationToken) is { } rejected)
        {
            await turn.SaveDialogAsync(state, cancellationToken);
            turn.Say(rejected.Reprompt);
        }
    }

    public async Task ContinueAsync(Turn turn, DialogState state, string answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(state);
        if (await DialogInterview.LoadAsync(turn, state, "change", cancellationToken) is not { } interview)
        {
            return;
        }

        if (state.Step == FieldStep)
        {
            if (fields.Find(answer) is not { } field)
            {
                turn.RejectAnswer(NotAField(answer));
                return;
            }

            await AskValueAsync(turn, state.With(FieldKey, field.Key, ValueStep, turn.Now), interview, field, cancellationToken);
            return;
        }

        var editing = fields.Find(state.Value(FieldKey)!) ?? throw new InvalidOperationException("Unknown field in edit wizard.");
        if (await ApplyAsync(turn, interview, editing, answer, cancellationToken) is { } rejected)
        {
            await WrongFieldAnswer.HandleAsync(turn, state, rejected, cancellationToken);
        }
    }

    private static string NotAField(string typed) => $"\"{TextLimits.Clip(typed)}\" isn't something I keep about an interview.";

    private static async Task AskValueAsync(Turn turn, DialogState state, Interview interview, InterviewField field, CancellationToken cancellationToken)
    {
        await turn.SaveDialogAsync(state, cancellationToken);
        var current = field.Show(turn, InterviewFields.ValueOf(interview, field.Key));
        var question = field.Ask(turn);
        turn.Say(question with { Text = $"The {field.Label} of #{interview.Number} is now: {current}\n{question.Text}" });
    }

    /// <summary>Saves the new value; a rejected one is returned for the caller to ask again.</summary>
    private async Task<FieldResult.Rejected?> ApplyAsync(Turn turn, Interview interview, InterviewField field, string answer, CancellationToken cancellationToken)
    {
        var result = field.Accept(turn, answer);
        if (result is FieldResult.Rejected rejected)
        {
            return rejected;
        }

        var changed = InterviewFields.WithValue(interview, field.Key, ((FieldResult.Accepted)result).Value);
        await turn.Store.Interviews.UpdateAsync(turn.User.Id, changed, cancellationToken);
        await turn.ClearDialogAsync(cancellationToken);
        turn.InterviewChanged(changed.Number);
        turn.Say($"Changed the {field.Label} of #{interview.Number}.\n\n{summary.Describe(turn, changed)}");
        return null;
    }

    private async Task AskFieldAsync(Turn turn, DialogState state, Interview interview, string? problem, CancellationToken cancellationToken)
    {
        await turn.SaveDialogAsync(state with { Step = FieldStep, UpdatedAt = turn.Now }, cancellationToken);
        var buttons = fields.All.Select(field => (IReadOnlyList<ReplyButton>)[new ReplyButton(Capitalise(field.Label), ButtonData.Answer(field.Key))]);
        var lead = problem is null ? string.Empty : problem + "\n";
        turn.Say(new Reply($"{lead}What do you want to change about #{interview.Number} {interview.Company}?", [.. buttons]));
    }

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];

}
