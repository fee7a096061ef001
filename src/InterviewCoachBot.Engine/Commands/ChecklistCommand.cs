using System.Globalization;
using InterviewCoachBot.Engine.Coaching;
using InterviewCoachBot.Engine.Content;
using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Interviews;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Model;

namespace InterviewCoachBot.Engine.Commands;

/// <summary>Shows a checklist of an interview with its progress, and ticks or unticks one item.</summary>
public sealed class ChecklistCommand(ContentLibrary content) : ICommand
{
    public CommandInfo Info { get; } = new("checklist", "Tick off the checklists of an interview", "/checklist [N] [thankyou|call|second] [item number]", "tick")
    {
        Details = "Shows the checklist of an interview's current step with what you've done; an item number ticks it, or unticks it when it's already ticked.",
        Examples = ["/checklist 1", "/checklist 1 thankyou 3", "/checklist 2 call"],
    };

    public async Task RunAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (await InterviewPicker.PickAsync(turn, Info.Name, arguments, cancellationToken) is not { } picked)
        {
            return;
        }

        var interview = picked.Interview;
        var (listName, item) = CommandLine.Split(picked.Remainder);
        var checklist = content.Checklists.FirstOrDefault(candidate => candidate.Key == listName);
        if (checklist is null)
        {
            await ListAllAsync(turn, interview, listName, cancellationToken);
            return;
        }

        var ticked = await turn.Store.Checklists.TickedAsync(turn.User.Id, interview.Number, checklist.Key, cancellationToken);
        if (item.Length > 0)
        {
            if (await ToggleAsync(turn, interview, checklist, ticked, item, cancellationToken) is not { } toggled)
            {
                return;
            }

            ticked = toggled;
        }

        turn.Say(ChecklistView.Show(turn, interview, checklist, ticked));
    }

    /// <returns>The ticks after the change, or null when the item does not exist (the user was told).</returns>
    private static async Task<IReadOnlySet<string>?> ToggleAsync(Turn turn, Interview interview, Checklist checklist, IReadOnlySet<string> ticked, string item, CancellationToken cancellationToken)
    {
        var chosen = int.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index >= 1 && index <= checklist.Items.Count
            ? checklist.Items[index - 1]
            : checklist.Find(item);
        if (chosen is null)
        {
            turn.Say(string.Create(CultureInfo.InvariantCulture, $"The {checklist.Title.ToLowerInvariant()} checklist has items 1 to {checklist.Items.Count}; \"{TextLimits.Clip(item)}\" isn't one of them."));
            return null;
        }

        var tick = !ticked.Contains(chosen.Key);
        await turn.Store.Checklists.SetAsync(turn.User.Id, interview.Number, checklist.Key, chosen.Key, tick, turn.Now, cancellationToken);
        var after = new HashSet<string>(ticked, StringComparer.Ordinal);
        _ = tick ? after.Add(chosen.Key) : after.Remove(chosen.Key);
        return after;
    }

    private async Task ListAllAsync(Turn turn, Interview interview, string typed, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        var buttons = new List<IReadOnlyList<ReplyButton>>();
        foreach (var checklist in content.Checklists)
        {
            var ticked = await turn.Store.Checklists.TickedAsync(turn.User.Id, interview.Number, checklist.Key, cancellationToken);
            lines.Add($"  {checklist.Title}: {ChecklistView.Progress(checklist, ticked)} (/checklist {interview.Number} {checklist.Key})");
            buttons.Add([new ReplyButton(checklist.Title, ButtonData.Command($"checklist {interview.Number} {checklist.Key}"))]);
        }

        var lead = typed.Length == 0 ? string.Empty : $"There's no checklist called \"{TextLimits.Clip(typed)}\". ";
        turn.Say(new Reply($"{lead}Checklists for #{interview.Number} {interview.Company}:\n{string.Join('\n', lines)}", buttons));
    }

}
