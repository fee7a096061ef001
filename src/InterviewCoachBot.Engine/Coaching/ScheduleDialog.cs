using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Interviews;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Model;
using InterviewCoachBot.Engine.Time;

namespace InterviewCoachBot.Engine.Coaching;

/// <summary>Schedules a follow-up call (when, with whom) or a second interview (when), then shows its overview.</summary>
public sealed class ScheduleDialog(ScheduledSteps steps, MomentParser parser, ScheduledStepOverview overview) : IDialog
{
    public const string DialogKind = "schedule";
    private const string StepKey = "step";
    private const string WhenKey = "when";
    private const string WithKey = "with";

    public string Kind => DialogKind;

    public string Title => "scheduling";

    public async Task StartAsync(Turn turn, ScheduledStep step, Interview interview, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(interview);
        var state = turn.NewDialog(DialogKind, WhenKey)
            .About(interview, turn.Now)
            .With(StepKey, step.Key, WhenKey, turn.Now);
        await turn.SaveDialogAsync(state, cancellationToken);
        var ask = When(step).Ask(turn);
        turn.Say(ask with { Text = ask.Text + "\n(Send /cancel to stop.)" });
    }

    public async Task ContinueAsync(Turn turn, DialogState state, string answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(state);
        var step = steps.Find(state.Value(StepKey)!);
        if (state.Step == WhenKey)
        {
            switch (When(step).Accept(turn, answer))
            {
                case FieldResult.Rejected rejected:
                    await WrongFieldAnswer.HandleAsync(turn, state, rejected, cancellationToken);
                    return;
                case FieldResult.Accepted accepted when step.AsksWith:
                    await turn.SaveDialogAsync(state.With(WhenKey, accepted.Value, WithKey, turn.Now), cancellationToken);
                    turn.Say(new Reply("Who will you talk to? For example: Sam Ortiz, recruiter") { ExpectsText = true });
                    return;
                case FieldResult.Accepted accepted:
                    await SaveAsync(turn, step, state.With(WhenKey, accepted.Value, WhenKey, turn.Now), string.Empty, cancellationToken);
                    return;
            }
        }

        var with = FreeText.Clean(answer, TextLimits.ShortField);
        if (with.Length == 0)
        {
            turn.RejectAnswer("Please give a name (or a role, like \"the recruiter\").");
            return;
        }

        await SaveAsync(turn, step, state, with, cancellationToken);
    }

    /// <summary>Only the time counts: the step and the interview came with the command.</summary>
    public bool HoldsAnswers(DialogState state) => state.Value(WhenKey) is not null;

    private WhenField When(ScheduledStep step) => new(parser, $"When is your {step.Name}?", upcoming: true);

    private async Task SaveAsync(Turn turn, ScheduledStep step, DialogState state, string with, CancellationToken cancellationToken)
    {
        if (await DialogInterview.LoadAsync(turn, state, "schedule", cancellationToken) is not { } interview)
        {
            return;
        }

        await turn.ClearDialogAsync(cancellationToken);

        var scheduled = step.Schedule(interview, WhenField.Parse(state.Value(WhenKey)!), with);
        await turn.Store.Interviews.UpdateAsync(turn.User.Id, scheduled, cancellationToken);
        turn.InterviewChanged(interview.Number);
        turn.Say(await overview.ShowAsync(turn, step, scheduled, cancellationToken));
    }
}
