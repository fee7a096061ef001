using InterviewCoachBot.Engine.Coaching;
using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Model;

namespace InterviewCoachBot.Engine.Interviews;

/// <summary>The wizard that adds an interview: asks each missing field in turn, then saves and coaches the next step.</summary>
public sealed class AddInterviewDialog(InterviewFields fields, InterviewSummary summary, ThankYouCoach thankYou) : IFormDialog
{
    public const string DialogKind = "interview.add";

    public string Kind => DialogKind;

    public string Title => "new interview";

    /// <summary>Starts the wizard with whatever came on the command line already filled in.</summary>
    public Task StartAsync(Turn turn, IReadOnlyDictionary<string, string> given, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return FillAsync(turn, turn.NewDialog(DialogKind, fields.All[0].Key), given, submitted: false, cancellationToken);
    }

    public Task SubmitFormAsync(Turn turn, DialogState state, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return FillAsync(turn, state, values, submitted: true, cancellationToken);
    }

    public async Task ContinueAsync(Turn turn, DialogState state, string answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(state);
        var field = fields.Find(state.Step) ?? throw new InvalidOperationException($"Unknown wizard step '{state.Step}'.");
        switch (field.Accept(turn, answer))
        {
            case FieldResult.Accepted accepted:
                await AdvanceAsync(turn, state.With(field.Key, accepted.Value, state.Step, turn.Now), cancellationToken);
                break;
            case FieldResult.Rejected rejected:
                await WrongFieldAnswer.HandleAsync(turn, state, rejected, cancellationToken);
                break;
        }
    }

    private async Task AdvanceAsync(Turn turn, DialogState state, CancellationToken cancellationToken)
    {
        var missing = fields.All.FirstOrDefault(field => state.Value(field.Key) is null);
        if (missing is not null)
        {
            await turn.SaveDialogAsync(state with { Step = missing.Key }, cancellationToken);
            var question = missing.Ask(turn);
            turn.Say(WithForm(turn, state, question with { Text = $"{Progress(state)}{question.Text}\n(Send /cancel to stop.)" }));
            return;
        }

        var interview = await turn.Store.Interviews.AddAsync(turn.User.Id, InterviewFields.ToNew(state.Values, turn.Now), cancellationToken);
        await turn.ClearDialogAsync(cancellationToken);
        turn.InterviewChanged(interview.Number);
        turn.Say(new Reply($"Saved interview #{interview.Number}.\n\n{summary.Describe(turn, interview)}"));
        turn.Say(await thankYou.GuidanceAsync(turn, interview, cancellationToken));
    }

    /// <summary>Several answers given at once (a command line, a submitted form): good values are kept; the first bad one is asked again at once, with the reason.</summary>
    private async Task FillAsync(Turn turn, DialogState state, IReadOnlyDictionary<string, string> given, bool submitted, CancellationToken cancellationToken)
    {
        (InterviewField Field, FieldResult.Rejected Result)? firstProblem = null;
        foreach (var field in fields.All.Where(field => given.ContainsKey(field.Key)))
        {
            var result = submitted ? field.AcceptSubmitted(turn, given[field.Key]) : field.Accept(turn, given[field.Key]);
            switch (result)
            {
                case FieldResult.Accepted accepted:
                    state = state.With(field.Key, accepted.Value, state.Step, turn.Now);
                    break;
                case FieldResult.Rejected rejected:
                    firstProblem ??= (field, rejected);
                    break;
            }
        }

        if (firstProblem is { } problem)
        {
            await turn.SaveDialogAsync(state with { Step = problem.Field.Key, UpdatedAt = turn.Now }, cancellationToken);
            turn.Say(WithForm(turn, state, problem.Result.Reprompt));
            return;
        }

        await AdvanceAsync(turn, state, cancellationToken);
    }

    /// <summary>A typed question carries the form of every typed field still missing, so a platform with forms asks them together.</summary>
    private Reply WithForm(Turn turn, DialogState state, Reply question)
    {
        var missing = fields.All.Where(field => state.Value(field.Key) is null).Select(field => field.InForm(turn)).OfType<FormField>().Take(ReplyForm.MaxFields).ToList();
        return question.ExpectsText && missing.Count > 0 ? question with { Form = new ReplyForm("New interview", missing) } : question;
    }

    private string Progress(DialogState state)
    {
        var done = fields.All.Count(field => state.Value(field.Key) is not null);
        return $"New interview, step {done + 1} of {fields.All.Count}. ";
    }
}
