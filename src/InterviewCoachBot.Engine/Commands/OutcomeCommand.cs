using System.Globalization;
using System.Text;
using InterviewCoachBot.Engine.Content;
using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Interviews;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Model;

namespace InterviewCoachBot.Engine.Commands;

/// <summary>Records the employer's decision and gives the next steps that belong to it.</summary>
public sealed class OutcomeCommand(ContentLibrary content, InterviewProgress progress) : ICommand
{
    public CommandInfo Info { get; } = new("outcome", "Record their decision and get the next steps", "/outcome [N] [second_interview|more_info|paused|not_selected|offer]", "decided");

    public async Task RunAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (await InterviewPicker.PickAsync(turn, Info.Name, arguments, cancellationToken) is not { } picked)
        {
            return;
        }

        var interview = picked.Interview;
        if (picked.Remainder.Length == 0)
        {
            Ask(turn, interview, lead: content.Waiting.WhileWaiting);
            return;
        }

        if (Find(picked.Remainder) is not { } outcome)
        {
            Ask(turn, interview, lead: $"\"{TextLimits.Clip(picked.Remainder)}\" isn't one of the outcomes I know.");
            return;
        }

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

    private void Ask(Turn turn, Interview interview, string lead)
    {
        var buttons = content.Waiting.Outcomes.Select(outcome =>
            (IReadOnlyList<ReplyButton>)[new ReplyButton(outcome.Label, ButtonData.Command($"outcome {interview.Number} {outcome.Key}"))]);
        turn.Say(new Reply($"{lead}\n\nWhat did {interview.Company} decide?", [.. buttons]));
    }

    /// <summary>An outcome by key, label or position in the list.</summary>
    private OutcomeGuide? Find(string typed)
    {
        var text = typed.Trim();
        var outcomes = content.Waiting.Outcomes;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var position) && position >= 1 && position <= outcomes.Count)
        {
            return outcomes[position - 1];
        }

        return outcomes.FirstOrDefault(outcome => outcome.Key.Equals(text.Replace(' ', '_'), StringComparison.OrdinalIgnoreCase)
            || outcome.Label.Equals(text, StringComparison.OrdinalIgnoreCase));
    }

}
