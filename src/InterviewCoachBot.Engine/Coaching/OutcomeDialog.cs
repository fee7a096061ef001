using System.Text;
using InterviewCoachBot.Engine.Commands;
using InterviewCoachBot.Engine.Content;
using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Interviews;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Model;
using InterviewCoachBot.Engine.Time;

namespace InterviewCoachBot.Engine.Coaching;

/// <summary>
/// Asks what the employer decided (a choice, its number or the user's own words), records it and gives the next steps.
/// When they asked for more, it also asks by when they want it, for the reminder.
/// </summary>
public sealed class OutcomeDialog(ContentLibrary content, InterviewProgress progress, MomentParser parser) : IDialog
{
    public const string DialogKind = "outcome";

    private const string MoreInfoKey = "more_info";

    private const string DueStep = "due";

    private const string NoReplyKey = "no_reply";

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

        if (state.Step == DueStep)
        {
            await RecordDueAsync(turn, interview, answer, cancellationToken);
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
        if (outcome.Key == NoReplyKey && interview.FollowUpSentAt is null)
        {
            // "No reply after the follow-up" means moving on; without the one follow-up, that follow-up is the next step.
            turn.Say(
                $"You haven't recorded a follow-up with {interview.Company} yet. One short follow-up is fine first (/followup {interview.Number}); if you already sent it, record it, then tell me there was no reply.",
                [FollowUpCommand.Button("I followed up", interview, "sent")]);
            return;
        }

        var recorded = interview with { Outcome = outcome.Key, OutcomeAt = turn.Now };
        await turn.Store.Interviews.UpdateAsync(turn.User.Id, recorded, cancellationToken);
        turn.InterviewChanged(recorded.Number);
        turn.Say(NextSteps(turn, recorded, outcome));
        if (outcome.Key == MoreInfoKey)
        {
            await turn.SaveDialogAsync(turn.NewDialog(DialogKind, DueStep).About(recorded, turn.Now), cancellationToken);
            turn.Say("By when do they want it? Send the day, like fri, 27 Nov or in 3 days, and I'll remind you the working day before.");
        }
    }

    private async Task RecordDueAsync(Turn turn, Interview interview, string answer, CancellationToken cancellationToken)
    {
        var (day, problem) = parser.ParseDay(answer, turn.Now, turn.Zone);
        if (day is not { } due)
        {
            turn.RejectAnswer(problem!);
            return;
        }

        if (due < turn.Today)
        {
            turn.RejectAnswer($"{InterviewProgress.Day(due)} is already past; which day do they want it by?");
            return;
        }

        await turn.ClearDialogAsync(cancellationToken);
        await turn.Store.Interviews.UpdateAsync(turn.User.Id, interview with { MoreInfoBy = due }, cancellationToken);
        turn.InterviewChanged(interview.Number);
        var reminder = turn.User.WorkingDays.Before(due);
        turn.Say(reminder > turn.Today
            ? $"Noted: {interview.Company} wants it by {InterviewProgress.Day(due)}. I'll remind you on {InterviewProgress.Day(reminder)}, the working day before."
            : $"Noted: {interview.Company} wants it by {InterviewProgress.Day(due)}. That's soon, so best send it today if you can.");
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
