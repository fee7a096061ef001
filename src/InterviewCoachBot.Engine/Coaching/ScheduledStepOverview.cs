using System.Globalization;
using System.Text;
using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Model;

namespace InterviewCoachBot.Engine.Coaching;

/// <summary>What a scheduled step looks like at a glance, and its sheet assembled from the candidate's notes.</summary>
public sealed class ScheduledStepOverview
{
    public async Task<Reply> ShowAsync(Turn turn, ScheduledStep step, Interview interview, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(interview);
        var ticked = await turn.Store.Checklists.TickedAsync(turn.User.Id, interview.Number, step.Content.Checklist.Key, cancellationToken);
        var notes = await turn.Store.Notes.ListAsync(turn.User.Id, interview.Number, step.Content.Sheet.Key, cancellationToken);
        var text = new StringBuilder(Scheduled(turn, step, interview))
            .Append(CultureInfo.InvariantCulture, $"\n\n{step.Content.Checklist.Title} checklist ({ChecklistView.Progress(step.Content.Checklist, ticked)}):")
            .Append(ChecklistView.Lines(step.Content.Checklist, ticked))
            .Append(CultureInfo.InvariantCulture, $"\n\nYour {step.Content.Sheet.Title.ToLowerInvariant()} has {notes.Count} note{(notes.Count == 1 ? string.Empty : "s")}. ")
            .Append(CultureInfo.InvariantCulture, $"Add one with /{step.Key} {interview.Number} note, e.g. /{step.Key} {interview.Number} note {step.Content.Sheet.Sections[0].Key} <text>.");
        return new Reply(text.ToString(), Buttons(step, interview));
    }

    public async Task<Reply> SheetAsync(Turn turn, ScheduledStep step, Interview interview, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(interview);
        var notes = await turn.Store.Notes.ListAsync(turn.User.Id, interview.Number, step.Content.Sheet.Key, cancellationToken);
        var text = new StringBuilder($"{step.Content.Sheet.Title}: #{interview.Number} {interview.Company}, {interview.Role}\n")
            .Append(Scheduled(turn, step, interview));
        foreach (var section in step.Content.Sheet.Sections)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n\n{section.Label}:");
            var mine = notes.Where(note => note.Section == section.Key).ToList();
            if (mine.Count == 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"\n  (nothing yet: /{step.Key} {interview.Number} note {section.Key} <text>)");
            }

            foreach (var note in mine)
            {
                text.Append("\n  - ").Append(note.Text);
            }
        }

        return new Reply(text.ToString(), [[new ReplyButton("Add a note", ButtonData.Command($"{step.Key} {interview.Number} note"))]]);
    }

    private static string Scheduled(Turn turn, ScheduledStep step, Interview interview)
    {
        if (step.When(interview) is not { } when)
        {
            return $"Not scheduled yet: /{step.Key} {interview.Number} schedule.";
        }

        var values = CoachingValues.For(turn, interview);
        values["when"] = turn.Show(when);
        values["with"] = interview.CallWith.Length == 0 ? "the team" : interview.CallWith;
        return step.Content.Scheduled.Render(values);
    }

    private static IReadOnlyList<ReplyButton>[] Buttons(ScheduledStep step, Interview interview) =>
    [
        [new ReplyButton("Add a note", ButtonData.Command($"{step.Key} {interview.Number} note")), new ReplyButton(step.Content.Sheet.Title, ButtonData.Command($"{step.Key} {interview.Number} sheet"))],
        [new ReplyButton("Tick the checklist", ButtonData.Command($"checklist {interview.Number} {step.Key}")), new ReplyButton("Reschedule", ButtonData.Command($"{step.Key} {interview.Number} schedule"))],
    ];
}
