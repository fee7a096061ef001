using System.Globalization;
using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Model;

namespace InterviewCoachBot.Engine.Coaching;

/// <summary>Adds a note to a step's sheet: picks the section (unless given), then takes the text.</summary>
public sealed class NoteDialog(ScheduledSteps steps) : IDialog
{
    public const string DialogKind = "note";
    private const string NumberKey = "number";
    private const string StepKey = "step";
    private const string SectionKey = "section";
    private const string PendingKey = "pending";

    public string Kind => DialogKind;

    public string Title => "note";

    /// <param name="arguments">Optionally the section and the note itself: "question What is the team size?".</param>
    public async Task StartAsync(Turn turn, ScheduledStep step, Interview interview, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(interview);
        var state = turn.NewDialog(DialogKind, SectionKey)
            .With(NumberKey, interview.Number.ToString(CultureInfo.InvariantCulture), SectionKey, turn.Now)
            .With(StepKey, step.Key, SectionKey, turn.Now);
        var (sectionName, text) = CommandLine.Split(arguments);
        if (step.Content.Sheet.Find(sectionName) is not { } section)
        {
            // "/call 1 note What is the team size?": the whole line is the note; only its section is missing.
            if (arguments.Length > 0)
            {
                state = state.With(PendingKey, arguments, SectionKey, turn.Now);
            }

            await AskSectionAsync(turn, step, state, cancellationToken);
            return;
        }

        state = state.With(SectionKey, section.Key, "text", turn.Now);
        if (text.Length == 0)
        {
            await turn.SaveDialogAsync(state, cancellationToken);
            turn.Say(new Reply(section.Prompt + "\n(Send /cancel to stop.)") { ExpectsText = true });
            return;
        }

        await AddAsync(turn, step, state, text, cancellationToken);
    }

    public async Task ContinueAsync(Turn turn, DialogState state, string answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(state);
        var step = steps.Find(state.Value(StepKey)!);
        if (state.Step == SectionKey)
        {
            if (step.Content.Sheet.Find(answer) is not { } section)
            {
                turn.RejectAnswer("Please pick one of these.");
                return;
            }

            var chosen = state.With(SectionKey, section.Key, "text", turn.Now);
            if (state.Value(PendingKey) is { } pending)
            {
                await AddAsync(turn, step, chosen, pending, cancellationToken);
                return;
            }

            await turn.SaveDialogAsync(chosen, cancellationToken);
            turn.Say(new Reply(section.Prompt) { ExpectsText = true });
            return;
        }

        await AddAsync(turn, step, state, answer, cancellationToken);
    }

    /// <summary>Only a typed note counts: the step, the interview and the section picked are quickly given again.</summary>
    public bool HoldsAnswers(DialogState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Value(PendingKey) is not null;
    }

    private static async Task AskSectionAsync(Turn turn, ScheduledStep step, DialogState state, CancellationToken cancellationToken)
    {
        await turn.SaveDialogAsync(state with { Step = SectionKey, UpdatedAt = turn.Now }, cancellationToken);
        var buttons = step.Content.Sheet.Sections.Select(section => (IReadOnlyList<ReplyButton>)[new ReplyButton(section.Label, ButtonData.Answer(section.Key))]);
        turn.Say(new Reply($"Which part of your {step.Content.Sheet.Title.ToLowerInvariant()} is this note for?", [.. buttons]));
    }

    private static async Task AddAsync(Turn turn, ScheduledStep step, DialogState state, string answer, CancellationToken cancellationToken)
    {
        var text = FreeText.Clean(answer, TextLimits.Note);
        if (text.Length == 0)
        {
            await turn.SaveDialogAsync(state with { UpdatedAt = turn.Now }, cancellationToken);
            turn.Say(new Reply("The note is empty; please type a few words.") { ExpectsText = true });
            return;
        }

        await turn.ClearDialogAsync(cancellationToken);
        var number = int.Parse(state.Value(NumberKey)!, CultureInfo.InvariantCulture);
        var section = step.Content.Sheet.Find(state.Value(SectionKey)!)!;
        if (!await turn.Store.Notes.AddAsync(turn.User.Id, number, step.Content.Sheet.Key, section.Key, text, turn.Now, cancellationToken))
        {
            turn.Say($"Interview #{number} no longer exists, so the note wasn't saved.");
            return;
        }

        turn.Say(
            $"Added to \"{section.Label}\" for #{number}.",
            [new ReplyButton("Add another", ButtonData.Command($"{step.Key} {number} note")), new ReplyButton(step.Content.Sheet.Title, ButtonData.Command($"{step.Key} {number} sheet"))]);
    }
}
