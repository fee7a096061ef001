using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Nudges;
using InterviewCoachBot.Engine.Ports;

namespace InterviewCoachBot.Engine.Commands;

/// <summary>See or change the quiet hours in which no reminder is sent.</summary>
public sealed class QuietCommand(NudgePlanner planner, NudgeTurnObserver observer) : ICommand
{
    public CommandInfo Info { get; } = new("quiet", "Quiet hours: when I never send reminders", "/quiet [22:00-07:30|off|default]");

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
                if (QuietHours.TryParse(text) is not { } parsed)
                {
                    turn.Say("Give quiet hours as start-end in your local time, such as /quiet 22:00-07:30, or /quiet off.");
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
}
