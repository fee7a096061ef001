using InterviewCoachBot.Engine.Coaching;
using InterviewCoachBot.Engine.Content;
using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Interviews;

namespace InterviewCoachBot.Engine.Commands;

/// <summary>Records the employer's decision and gives the next steps that belong to it.</summary>
public sealed class OutcomeCommand(ContentLibrary content, OutcomeDialog dialog) : ICommand
{
    public CommandInfo Info { get; } = new("outcome", "Record their decision and get the next steps", "/outcome [N] [second_interview|more_info|paused|not_selected|offer|accepted|declined|withdrew|no_reply]", "decided")
    {
        Details = "Records what the company decided and gives the next steps for it. Without the outcome I ask; answer with a choice, its number or your own words, like \"they rejected me\" or \"I declined the offer\". Not selected, accepted, declined, withdrew and no reply close the interview.",
        Examples = ["/outcome 1", "/outcome 1 offer", "/outcome 2 paused"],
    };

    public async Task RunAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (await InterviewPicker.PickAsync(turn, Info.Name, arguments, cancellationToken) is not { } picked)
        {
            return;
        }

        if (picked.Interview.HeldAt > turn.Now)
        {
            turn.Say($"Your interview with {picked.Interview.Company} is {turn.Show(picked.Interview.HeldAt)}; record their decision with /outcome {picked.Interview.Number} once they've told you.");
            return;
        }

        if (picked.Remainder.Length == 0)
        {
            await dialog.AskAsync(turn, picked.Interview, lead: content.Waiting.WhileWaiting, cancellationToken);
        }
        else if (dialog.Find(picked.Remainder) is { } outcome)
        {
            await dialog.RecordAsync(turn, picked.Interview, outcome, cancellationToken);
        }
        else
        {
            await dialog.AskAsync(turn, picked.Interview, lead: OutcomeDialog.NotKnown(picked.Remainder), cancellationToken);
        }
    }
}
