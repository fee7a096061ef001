using System.Text;
using InterviewCoachBot.Engine.Content;
using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Interviews;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Model;

namespace InterviewCoachBot.Engine.Coaching;

/// <summary>Asks what the employer decided (a choice, its number or the user's own words), records it and gives the next steps.</summary>
public sealed class OutcomeDialog(ContentLibrary content, InterviewProgress progress) : IDialog
{
    public const string DialogKind = "outcome";

    public string Kind => DialogKind;

    public string Title => "outcome question";

    public async Task AskAsync(Turn turn, Interview interview, string lead, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(interview);
        await turn.SaveDialogAsync(turn.NewDialog(DialogKind, "outcome").About(interview, turn.Now), cancellationToken);
        var buttons = content.Waiting.Outcomes.Select(outcome => (IReadOnlyList<ReplyButton>)[new ReplyButton(outcome.Label, ButtonData.Answer(outcome.Key))]);

        // The lead is its own message, so asking again after a wrong answer repeats only the question.
        turn.Say(lead);
        turn.Say(new Reply($"What did {interview.Company} decide? Pick one, or tell me in your own words.", [.. buttons]));
    }

    public async Task ContinueAsync(Turn turn, DialogState state, string answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (await DialogInterview.LoadAsync(turn, state, "record", cancellationToken) is not { } interview)
        {
            return;
        }

        if (Find(answer) is not { } outcome)
        {
            turn.RejectAnswer(NotKnown(answer));
            return;
        }

        await turn.ClearDialogAsync(cancellationToken);
        await RecordAsync(turn, interview, outcome, cancellationToken);
    }

    public OutcomeGuide? Find(string typed) => OutcomeAnswer.Find(content.Waiting.Outcomes, typed);

    public static string NotKnown(string typed) => $"\"{TextLimits.Clip(typed)}\" isn't one of the outcomes I know.";

    public async Task RecordAsync(Turn turn, Interview interview, OutcomeGuide outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(interview);
        ArgumentNullException.ThrowIfNull(outcome);
        var recorded = interview with { Outcome = outcome.Key, OutcomeAt = turn.Now };
        await turn.Store.Interviews.UpdateAsync(turn.User.Id, recorded, cancellationToken);
        turn.InterviewChanged(recorded.Number);
        turn.Say(NextSteps(turn, recorded, outcome));
    }

    private Reply NextSteps(Turn turn, Interview interview, OutcomeGuide outcome)
    {
        var values = progress.OutcomeValues(turn, interview);
        var text = new StringBuilder($"Recorded for #{interview.Number} {interview.Company}: {outcome.Label}. {outcome.Summary}\n\nNext steps:");
        foreach (var step in outcome.NextSteps)
        {
            text.Append("\n  - ").Append(step.Render(values));
        }

        IReadOnlyList<IReadOnlyList<ReplyButton>> buttons = outcome.Key == "second_interview"
            ? [[new ReplyButton("Schedule the second interview", ButtonData.Command($"second {interview.Number} schedule"))]]
            : [];
        return new Reply(text.ToString(), buttons);
    }
}
