using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Nudges;
using InterviewCoachBot.Engine.Ports;

namespace InterviewCoachBot.Engine.Commands;

/// <summary>See or change the quiet hours in which no reminder is sent.</summary>
public sealed class QuietCommand(NudgePlanner planner, NudgeTurnObserver observer) : ICommand
{
    // Added by the "as typed" button, so quiet hours over midday are kept once the user has said they mean them.
    private const string AsTyped = "daytime";

    public CommandInfo Info { get; } = new("quiet", "Quiet hours: when I never send reminders", "/quiet [22:00-07:30|10pm-7am|off|default]")
    {
        Details = "Shows or sets the hours, in your time zone, when I hold reminders back; one due then comes when they end. off sends at any hour; default goes back to 21:00-08:00.",
        Examples = ["/quiet", "/quiet 22:00-07:30", "/quiet 10pm-7am", "/quiet off"],
    };

    public async Task RunAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var text = arguments.Trim().ToLowerInvariant();
        string? stored;
        switch (text)
        {
            case "":
                var current = planner.QuietHoursOf(await turn.Store.Nudges.GetSettingsAsync(turn.User.Id, cancellationToken));
                turn.Say(current is null
                    ? "Quiet hours are off: reminders may come at any time. Set them with /quiet 22:00-07:30."
                    : $"Your quiet hours are {current} ({turn.Zone.Id}); a reminder that would fall inside them comes before or after. Change them with /quiet 22:00-07:30, or /quiet off.");
                return;
            case "off":
                stored = NudgeSettings.QuietOff;
                break;
            case "default":
            case "on":
                stored = null;
                break;
            default:
                var daytime = text.EndsWith(' ' + AsTyped, StringComparison.Ordinal);
                if (QuietHours.TryParse(daytime ? text[..^(AsTyped.Length + 1)] : text) is not { } parsed)
                {
                    turn.Say("Give quiet hours as start-end in your local time, such as /quiet 22:00-07:30 or /quiet 10pm-7am, or /quiet off.");
                    return;
                }

                if (parsed.CoversMidday && !daytime)
                {
                    AskIfSwapped(turn, parsed);
                    return;
                }

                stored = parsed.ToString();
                break;
        }

        await turn.Store.Nudges.SetQuietHoursAsync(turn.User.Id, stored, cancellationToken);
        await observer.ReplanAsync(turn, null, cancellationToken);

        var now = planner.QuietHoursOf(new NudgeSettings(true, stored, null));
        turn.Say(now is null
            ? "Quiet hours are off: reminders may come at any time."
            : $"Quiet hours set to {now} in {turn.Zone.Id}. I moved your upcoming reminders out of them.");
    }

    private static void AskIfSwapped(Turn turn, QuietHours typed)
    {
        var swapped = typed.Swapped;
        turn.Say(
            $"Quiet hours {typed} would hold reminders back during the day and let them come at night. Did you mean {swapped}?",
            [
                [new ReplyButton($"{swapped}", ButtonData.Command($"quiet {swapped}"))],
                [new ReplyButton($"{typed}, as typed", ButtonData.Command($"quiet {typed} {AsTyped}"))],
            ]);
    }
}
