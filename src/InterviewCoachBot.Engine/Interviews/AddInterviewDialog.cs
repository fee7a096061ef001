using InterviewCoachBot.Engine.Coaching;
using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Model;

namespace InterviewCoachBot.Engine.Interviews;

/// <summary>The wizard that adds an interview: asks each missing field in turn, then saves and coaches the next step.</summary>
public sealed class AddInterviewDialog(InterviewFields fields, InterviewSummary summary, ThankYouCoach thankYou) : IDialog
{
    public const string DialogKind = "interview.add";

    public string Kind => DialogKind;

    public string Title => "new interview";

    /// <summary>Starts the wizard with whatever came on the command line already filled in.</summary>
    public async Task StartAsync(Turn turn, IReadOnlyDictionary<string, string> given, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var state = turn.NewDialog(DialogKind, fields.All[0].Key);
        (InterviewField Field, FieldResult.Rejected Result)? firstProblem = null;
        foreach (var field in fields.All.Where(field => given.ContainsKey(field.Key)))
        {
            switch (field.Accept(turn, given[field.Key]))
            {
                case FieldResult.Accepted accepted:
                    state = state.With(field.Key, accepted.Value, state.Step, turn.Now);
                    break;
                case FieldResult.Rejected rejected:
                    firstProblem ??= (field, rejected);
                    break;
            }
        }

        // Good values are kept; the first bad one is asked again at once, with the reason.
        if (firstProblem is { } problem)
        {
            await turn.SaveDialogAsync(state with { Step = problem.Field.Key }, cancellationToken);
            turn.Say(problem.Result.Reprompt);
            return;
        }

        await AdvanceAsync(turn, state, cancellationToken);
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
            turn.Say(question with { Text = $"{Progress(state)}{question.Text}\n(Send /cancel to stop.)" });
            return;
        }

        var interview = await turn.Store.Interviews.AddAsync(turn.User.Id, InterviewFields.ToNew(state.Values, turn.Now), cancellationToken);
        await turn.ClearDialogAsync(cancellationToken);
        turn.InterviewChanged(interview.Number);
        turn.Say(new Reply($"Saved interview #{interview.Number}.\n\n{summary.Describe(turn, interview)}"));
        turn.Say(await thankYou.GuidanceAsync(turn, interview, cancellationToken));
    }

    private string Progress(DialogState state)
    {
        var done = fields.All.Count(field => state.Value(field.Key) is not null);
        return $"New interview, step {done + 1} of {fields.All.Count}. ";
    }
}
