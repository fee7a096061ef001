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
            default:
                throw new ArgumentOutOfRangeException(nameof(content), content.GetType().Name, "Unknown inbound content.");
        }
    }

    private static bool IsTooLong(InboundContent content) => content switch
    {
        CommandInput command => command.Arguments.Length > TextLimits.Message,
        TextInput text => text.Text.Length > TextLimits.Message,
        ButtonInput button => button.Data.Length > TextLimits.ShortField * 2,
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

        // A new command always leaves an open wizard, so the user is never stuck between two conversations.
        if (open is { } leaving && command.Info.Name != "cancel")
        {
            await turn.ClearDialogAsync(cancellationToken);
            turn.Say($"(I left your unfinished {leaving.Dialog.Title}.)");
        }

        await command.RunAsync(turn, arguments, cancellationToken);
    }

    private async Task AnswerAsync(Turn turn, (DialogState State, IDialog Dialog)? open, string answer, bool fromButton, CancellationToken cancellationToken)
    {
        if (open is { } dialog)
        {
            await dialog.Dialog.ContinueAsync(turn, dialog.State, answer.Trim(), cancellationToken);
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
