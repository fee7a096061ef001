using System.Globalization;
using System.Text;
using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Nudges;
using InterviewCoachBot.Engine.Ports;
using InterviewCoachBot.Engine.Time;

namespace InterviewCoachBot.Engine.Commands;

/// <summary>Reminders: list what is coming, turn them on or off, stop one interview's, snooze one.</summary>
public sealed class NudgesCommand(NudgePlanner planner, NudgeTurnObserver observer) : ICommand
{
    public CommandInfo Info { get; } = new("nudges", "Your upcoming reminders; on, off, stop N, snooze", "/nudges [on|off|stop N|start N|snooze ID MINUTES]", "reminders")
    {
        Effect = CommandEffect.ReadsOnlyWhenAlone,
        Details = "Lists the reminders I've planned for you, each with its id. on and off switch them all; stop N and start N do so for one interview; snooze ID MINUTES moves one reminder later.",
        Examples = ["/nudges", "/nudges stop 2", "/nudges snooze 14 60", "/nudges off"],
    };

    public async Task RunAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var (verb, rest) = CommandLine.Split(arguments);
        switch (verb)
        {
            case "":
            case "list":
                await ListAsync(turn, cancellationToken);
                break;
            case "on":
            case "off":
                await SwitchAsync(turn, verb == "on", cancellationToken);
                break;
            case "stop":
            case "start":
                await StopAsync(turn, rest, verb == "stop", cancellationToken);
                break;
            case "snooze":
                await SnoozeAsync(turn, rest, cancellationToken);
                break;
            default:
                turn.Say("With /nudges I list your upcoming reminders. Add on or off for all of them, stop N or start N for one interview's.");
                break;
        }
    }

    private async Task ListAsync(Turn turn, CancellationToken cancellationToken)
    {
        var settings = await turn.Store.Nudges.GetSettingsAsync(turn.User.Id, cancellationToken);
        var quiet = planner.QuietHoursOf(settings);
        var quietText = quiet is null ? "Quiet hours are off." : $"Quiet hours: {quiet} (nothing is sent then).";
        if (!settings.On)
        {
            turn.Say($"Your reminders are off. {quietText}", [new ReplyButton("Turn reminders on", ButtonData.Command("nudges on"))]);
            return;
        }

        var planned = await turn.Store.Nudges.ListPlannedAsync(turn.User.Id, cancellationToken);
        if (planned.Count == 0)
        {
            turn.Say($"No reminders are planned right now. I plan them when you add an interview or schedule a call. {quietText}");
            return;
        }

        var text = new StringBuilder($"Your upcoming reminders, in {LocalTimes.DescribeZone(turn.Zone, turn.Now)}:");
        foreach (var nudge in planned)
        {
            var title = planner.Rules.Find(nudge.Rule)?.Title ?? nudge.Rule;
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"  {turn.Show(nudge.DueAt, near: false)}  #{nudge.InterviewNumber} {nudge.Company}: {title} (id {nudge.Id})");
        }

        text.AppendLine().AppendLine().Append(quietText).Append(" Change them with /quiet; /nudges snooze ID MINUTES puts one off, /nudges stop N stops one interview's reminders, /nudges off all of them.");
        turn.Say(text.ToString());
    }

    private async Task SwitchAsync(Turn turn, bool on, CancellationToken cancellationToken)
    {
        await turn.Store.Nudges.SetOnAsync(turn.User.Id, on, cancellationToken);
        await observer.ReplanAsync(turn, null, cancellationToken);
        turn.Say(on
            ? "Reminders are on. /nudges shows what's coming."
            : "Reminders are off: I won't send you any until you turn them on with /nudges on.");
    }

    private async Task StopAsync(Turn turn, string rest, bool stop, CancellationToken cancellationToken)
    {
        if (!int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || !await turn.Store.Nudges.SetStoppedAsync(turn.User.Id, number, stop, cancellationToken))
        {
            turn.Say($"Tell me which interview: /nudges {(stop ? "stop" : "start")} N, with N from /interviews.");
            return;
        }

        await observer.ReplanAsync(turn, [number], cancellationToken);
        turn.Say(stop
            ? $"Done: no more reminders for #{number}. /nudges start {number} brings them back."
            : $"Reminders for #{number} are back on.");
    }

    private async Task SnoozeAsync(Turn turn, string rest, CancellationToken cancellationToken)
    {
        var parts = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            turn.Say("Snooze a reminder with /nudges snooze <id> <minutes>, or use the buttons under it.");
            return;
        }

        var nudge = await turn.Store.Nudges.GetAsync(turn.User.Id, id, cancellationToken);
        if (nudge is null || nudge.Status is not (StoredNudge.Planned or StoredNudge.Sent) || nudge.ExpiresAt <= turn.Now)
        {
            turn.Say("That reminder is no longer active, so there is nothing to snooze.");
            return;
        }

        DateTimeOffset target;
        if (parts[1] == SnoozeTimes.MorningArgument)
        {
            target = SnoozeTimes.NextMorning(turn.Now, turn.Zone, planner.Rules.Morning);
        }
        else if (int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) && minutes is > 0 and <= 60 * 24 * 30)
        {
            target = turn.Now.AddMinutes(minutes);
        }
        else
        {
            turn.Say("Snooze for a number of minutes (1 to 43200), or until morning.");
            return;
        }

        var settings = await turn.Store.Nudges.GetSettingsAsync(turn.User.Id, cancellationToken);
        if (!settings.On || (await turn.Store.Nudges.StoppedAsync(turn.User.Id, cancellationToken)).Contains(nudge.InterviewNumber))
        {
            turn.Say($"Reminders are off for #{nudge.InterviewNumber}, so a snooze would never come back. Turn them on with /nudges start {nudge.InterviewNumber} (or /nudges on).");
            return;
        }

        if (SnoozeTimes.Land(target, turn.Now, nudge.ExpiresAt, planner.QuietHoursOf(settings), turn.Zone) is not { } due)
        {
            turn.Say($"That would be after this reminder stops mattering ({turn.Show(nudge.ExpiresAt)}). Pick a shorter snooze.");
            return;
        }

        if (!await turn.Store.Nudges.SnoozeAsync(turn.User.Id, id, due, cancellationToken))
        {
            turn.Say("That reminder is no longer active, so there is nothing to snooze.");
            return;
        }

        observer.MarkPlanned(turn);
        turn.Say($"Snoozed: I'll remind you again {turn.Show(due)}.");
    }
}
