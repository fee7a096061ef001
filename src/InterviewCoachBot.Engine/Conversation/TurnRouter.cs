using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Model;
using Microsoft.Extensions.Options;

namespace InterviewCoachBot.Engine.Conversation;

/// <summary>Decides what one inbound message means: a command, an answer to the open wizard, or free text.</summary>
public sealed class TurnRouter(CommandCatalog commands, DialogCatalog dialogs, FreeTextAdvisor advisor, IOptions<EngineOptions> options)
{
    public async Task RouteAsync(Turn turn, InboundContent content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (IsTooLong(content))
        {
            turn.Say($"That message is longer than I can read ({TextLimits.Message:N0} characters at most). Please send a shorter one.");
            return;
        }

        turn.FromButton = content is ButtonInput;
        var open = await OpenDialogAsync(turn, cancellationToken);
        switch (content)
        {
            case CommandInput command:
                await RunCommandAsync(turn, command.Name, command.Arguments, open, cancellationToken);
                break;
            case ButtonInput button when ButtonData.TryReadCommand(button.Data, out var line):
                var (name, arguments) = CommandLine.Split(line);
                await RunCommandAsync(turn, name, arguments, open, cancellationToken);
                break;
            case ButtonInput button when ButtonData.TryReadAnswer(button.Data, out var answer):
                await AnswerAsync(turn, open, answer, fromButton: true, cancellationToken);
                break;
            case ButtonInput:
                turn.Say("That button isn't one I can use any more. Send /help to see what I can do.");
                break;
            case TextInput text:
                await AnswerAsync(turn, open, text.Text, fromButton: false, cancellationToken);
                break;
            case FormInput form:
                await SubmitFormAsync(turn, open, form.Values, cancellationToken);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(content), content.GetType().Name, "Unknown inbound content.");
        }

        await KeepAskedQuestionAsync(turn, cancellationToken);
    }

    /// <summary>The last reply of a turn that leaves a wizard open is its question: kept, so it can be asked again.</summary>
    private static async Task KeepAskedQuestionAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (turn.SavedDialog is { } saved && turn.Replies.Count > 0)
        {
            await turn.Store.Dialogs.SaveAsync(turn.User.Id, turn.ChatId, RunnerNotes.KeepQuestion(saved, turn.Replies[^1]), cancellationToken);
        }
    }

    private static bool IsTooLong(InboundContent content) => content switch
    {
        CommandInput command => command.Arguments.Length > TextLimits.Message,
        TextInput text => text.Text.Length > TextLimits.Message,
        ButtonInput button => button.Data.Length > TextLimits.ShortField * 2,
        FormInput form => form.Values.Sum(value => value.Key.Length + value.Value.Length) > TextLimits.Message,
        _ => false,
    };

    /// <summary>The user's open wizard, or null; an idle one is closed here with a message.</summary>
    private async Task<(DialogState State, IDialog Dialog)?> OpenDialogAsync(Turn turn, CancellationToken cancellationToken)
    {
        var state = await turn.Store.Dialogs.GetAsync(turn.User.Id, turn.ChatId, cancellationToken);
        if (state is null)
        {
            return null;
        }

        var dialog = dialogs.Find(state.Kind);
        var idle = options.Value.WizardIdleTimeout;
        if (dialog is null || turn.Now - state.UpdatedAt > idle)
        {
            await turn.ClearDialogAsync(cancellationToken);
            if (dialog is not null)
            {
                turn.Say($"I closed your unfinished {dialog.Title}: it waited more than {Durations.Describe(idle)} for an answer. Nothing from it was saved; you can start again any time.");
            }

            return null;
        }

        return (state, dialog);
    }

    private async Task RunCommandAsync(Turn turn, string name, string arguments, (DialogState State, IDialog Dialog)? open, CancellationToken cancellationToken)
    {
        var command = commands.Find(name);
        if (command is null)
        {
            var closest = commands.Closest(name);
            var shown = TextLimits.Clip(name);
            if (closest is null)
            {
                turn.Say($"I don't know the command /{shown}. Send /help to see what I can do.");
            }
            else
            {
                turn.Say($"I don't know the command /{shown}. Did you mean /{closest}?", [new ReplyButton($"/{closest}", ButtonData.Command(closest))]);
            }

            return;
        }

        if (open is { } wizard && command.Info.Name != "cancel")
        {
            var state = RunnerNotes.WithoutHeldCommand(wizard.State);
            if (command.Info.ReadsOnly(arguments))
            {
                turn.InsideOtherWizard = true;
                await command.RunAsync(turn, arguments, cancellationToken);

                await turn.SaveDialogAsync(state, cancellationToken);
                AskAgain(turn, state, $"(Your {wizard.Dialog.Title} is still open.)");
                return;
            }

            // Answers typed into the wizard are never dropped without asking; a wizard without any is simply left.
            if (wizard.Dialog.HoldsAnswers(state))
            {
                var line = $"{command.Info.Name} {arguments}".TrimEnd();
                await turn.Store.Dialogs.SaveAsync(turn.User.Id, turn.ChatId, RunnerNotes.HoldCommand(state, line), cancellationToken);
                turn.Say(YesNo.Ask(
                    $"Your {wizard.Dialog.Title} isn't finished, and leaving it loses the answers you gave. Leave it and go on with /{TextLimits.Clip(line)}?",
                    "Leave it",
                    $"Back to the {wizard.Dialog.Title}"));
                return;
            }

            await turn.ClearDialogAsync(cancellationToken);
            turn.Say($"(I left your unfinished {wizard.Dialog.Title}.)");
        }

        await command.RunAsync(turn, arguments, cancellationToken);
    }

    /// <summary>Answers "leave the wizard for the held command?": true when the answer was yes or no.</summary>
    private async Task<bool> SettleHeldCommandAsync(Turn turn, (DialogState State, IDialog Dialog) wizard, string held, string answer, CancellationToken cancellationToken)
    {
        switch (YesNo.Read(answer))
        {
            case true:
                await turn.ClearDialogAsync(cancellationToken);
                turn.Say($"(I left your unfinished {wizard.Dialog.Title}.)");
                var (name, arguments) = CommandLine.Split(held);
                await RunCommandAsync(turn, name, arguments, open: null, cancellationToken);
                return true;
            case false:
                var state = RunnerNotes.WithoutHeldCommand(wizard.State);
                await turn.SaveDialogAsync(state, cancellationToken);
                AskAgain(turn, state, $"(Back to your {wizard.Dialog.Title}.)");
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// True when the text may be meant as an answer even though it names a command: a choice question's label or a yes/no
    /// ("cancel" is "no, keep it" to a confirmation). Typed-text questions take anything, so a command word there is asked about.
    /// </summary>
    private static bool CouldAnswer(Reply? question, string answer) =>
        question is { ExpectsText: false } choices
        && (YesNo.Read(answer) is not null
            || choices.Buttons.SelectMany(row => row).Any(button => button.Label.Equals(answer.Trim(), StringComparison.OrdinalIgnoreCase)));

    /// <summary>A command word typed into a wizard is not taken as its answer: the user picks the command or the answer.</summary>
    private static void AskWhatWasMeant(Turn turn, DialogState state, string text, string command)
    {
        var shown = TextLimits.Clip(text);
        turn.Say(
            $"\"{shown}\" sounds like the command /{command} rather than an answer. Did you mean /{command}?",
            [new ReplyButton($"/{command}", ButtonData.Command(command)), new ReplyButton($"Use \"{shown}\" as my answer", ButtonData.Answer(text))]);
        AskAgain(turn, state, "(Or answer the question:)");
    }

    /// <summary>The rule for every wizard: a wrong answer keeps it where it was and asks the same question, led by what was wrong.</summary>
    private static async Task RepromptAsync(Turn turn, DialogState state, string reason, CancellationToken cancellationToken)
    {
        // Saved past the turn's own bookkeeping, so the kept question stays the plain one.
        await turn.Store.Dialogs.SaveAsync(turn.User.Id, turn.ChatId, state with { UpdatedAt = turn.Now }, cancellationToken);
        var question = RunnerNotes.Question(state);
        turn.Say(question is null
            ? new Reply($"{reason}\nPlease answer again, or send /cancel to stop.")
            : question with { Text = $"{reason}\n\n{question.Text}" });
    }

    /// <summary>Says where the wizard was, then asks its question again as the last reply, so it stays the kept question.</summary>
    private static void AskAgain(Turn turn, DialogState state, string where)
    {
        if (RunnerNotes.Question(state) is { } question)
        {
            turn.Say(where);
            turn.Say(question);
        }
        else
        {
            turn.Say($"{where} Answer its last question, or send /cancel to stop it.");
        }
    }

    /// <summary>A form answers the open wizard only when its last question declared that form; an older one is stale.</summary>
    private static async Task SubmitFormAsync(
        Turn turn, (DialogState State, IDialog Dialog)? open, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        if (open is { Dialog: IFormDialog dialog } wizard
            && RunnerNotes.Question(wizard.State)?.Form is { } asked
            && values.Keys.All(key => asked.Fields.Any(field => field.Key == key)))
        {
            await dialog.SubmitFormAsync(turn, RunnerNotes.WithoutHeldCommand(wizard.State), values, cancellationToken);
        }
        else if (open is { } other)
        {
            AskAgain(turn, other.State, "That form belongs to a question that is already answered.");
        }
        else
        {
            turn.Say("That question is already closed. Send /help to see what I can do.");
        }
    }

    private async Task AnswerAsync(Turn turn, (DialogState State, IDialog Dialog)? open, string answer, bool fromButton, CancellationToken cancellationToken)
    {
        if (open is { } wizard)
        {
            if (RunnerNotes.HeldCommand(wizard.State) is { } held && await SettleHeldCommandAsync(turn, wizard, held, answer, cancellationToken))
            {
                return;
            }

            var question = RunnerNotes.Question(wizard.State);
            if (!fromButton && !CouldAnswer(question, answer) && CommandWords.Find(commands, answer) is { } meant)
            {
                AskWhatWasMeant(turn, wizard.State, answer.Trim(), meant.Info.Name);
                return;
            }

            var state = RunnerNotes.WithoutHeldCommand(wizard.State);
            await wizard.Dialog.ContinueAsync(turn, state, answer.Trim(), cancellationToken);
            if (turn.WrongAnswerReason is { } reason)
            {
                await RepromptAsync(turn, state, reason, cancellationToken);
            }

            return;
        }

        if (fromButton)
        {
            turn.Say("That question is already closed. Send /help to see what I can do.");
            return;
        }

        // Outside a wizard, a bare command word ("interviews") works as well as "/interviews".
        var (name, arguments) = CommandLine.Split(answer);
        if (commands.Find(name) is not null)
        {
            await RunCommandAsync(turn, name, arguments, open: null, cancellationToken);
            return;
        }

        advisor.Advise(turn, answer);
    }
}
