using InterviewCoachBot.Engine.Coaching;
using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Model;
using InterviewCoachBot.Engine.Time;

namespace InterviewCoachBot.Engine.Settings;

/// <summary>Changes the name drafts are signed with or the working days: at once when given, else asked for.</summary>
public sealed class SettingsDialog : IDialog
{
    public const string DialogKind = "settings";
    public const string NameStep = "name";
    public const string DaysStep = "days";

    private const string DaysExample = "mon-fri, sun-thu or mon,tue,wed";

    public string Kind => DialogKind;

    public string Title => "settings change";

    /// <param name="step"><see cref="NameStep"/> or <see cref="DaysStep"/>.</param>
    /// <param name="value">The new value as typed; empty to ask for it.</param>
    public async Task StartAsync(Turn turn, string step, string value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0)
        {
            await turn.SaveDialogAsync(turn.NewDialog(DialogKind, step), cancellationToken);
            turn.Say(Question(turn, step));
            return;
        }

        if (await ApplyAsync(turn, step, value, cancellationToken) is { } problem)
        {
            turn.Say(step == NameStep ? problem : $"{problem} For example: /settings days {DaysExample}.");
        }
    }

    public async Task ContinueAsync(Turn turn, DialogState state, string answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(state);
        if (await ApplyAsync(turn, state.Step, answer, cancellationToken) is { } problem)
        {
            turn.RejectAnswer(problem);
            return;
        }

        await turn.ClearDialogAsync(cancellationToken);
    }

    private static Reply Question(Turn turn, string step) => step == NameStep
        ? new Reply($"{NameNow(turn)} What name should I sign your drafts with? For example: Ann Lee. Or /cancel to keep it.") { ExpectsText = true }
        : new Reply(
            $"Your working days are {turn.User.WorkingDays.Describe()}. Which days do you work? For example: {DaysExample}. Or /cancel to keep them.",
            [[new ReplyButton("Mon–Fri", ButtonData.Answer("mon-fri")), new ReplyButton("Sun–Thu", ButtonData.Answer("sun-thu")), new ReplyButton("Mon–Sat", ButtonData.Answer("mon-sat"))]])
        {
            ExpectsText = true,
        };

    private static string NameNow(Turn turn) => turn.User.Name is { } name ? $"I sign your drafts {name}." : "You haven't given me a name yet.";

    /// <returns>Why the value cannot be used, or null once it is stored and confirmed.</returns>
    private static async Task<string?> ApplyAsync(Turn turn, string step, string value, CancellationToken cancellationToken)
    {
        if (step == NameStep)
        {
            var name = FreeText.Clean(value, TextLimits.ShortField);
            if (name.Length == 0)
            {
                return "Please type your name as you sign your emails, such as Ann Lee.";
            }

            await turn.Store.Users.SetNameAsync(turn.User.Id, name, cancellationToken);
            turn.ChangeName(name);
            turn.Say($"Done: I'll sign your drafts {name}.");
            return null;
        }

        switch (WorkingDays.Parse(value))
        {
            case null:
                return "I couldn't read those days: give weekdays, as a range or a list.";
            case { Problem: { } problem }:
                return problem;
            case { Value: var days }:
                await turn.Store.Users.SetWorkingDaysAsync(turn.User.Id, days, cancellationToken);
                turn.ChangeWorkingDays(days);
                turn.Say($"Your working days are now {days.Describe()}. Your follow-up day and check-ins fall on them, and I moved your upcoming reminders to match.");
                return null;
        }
    }
}
