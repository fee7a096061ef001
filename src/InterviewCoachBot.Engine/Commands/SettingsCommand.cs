using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Nudges;
using InterviewCoachBot.Engine.Settings;
using InterviewCoachBot.Engine.Time;

namespace InterviewCoachBot.Engine.Commands;

/// <summary>All of a user's settings in one reply, with a button to change each; changes the name and working days itself.</summary>
public sealed class SettingsCommand(SettingsDialog dialog, NudgePlanner planner) : ICommand
{
    public CommandInfo Info { get; } = new("settings", "Your name, time zone, working days, quiet hours and reminders", "/settings [name Ann Lee|days mon-fri]")
    {
        Effect = CommandEffect.ReadsOnlyWhenAlone,
        Details = "Shows your settings in one place, with a button to change each. Your name signs the drafts I write; your follow-up day and check-ins fall on your working days. A setting's name alone asks for the new value.",
        Examples = ["/settings", "/settings name Ann Lee", "/settings days sun-thu", "/settings days mon,tue,wed"],
    };

    public async Task RunAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var (setting, value) = CommandLine.Split(arguments);
        switch (setting.ToLowerInvariant())
        {
            case "":
                await ShowAsync(turn, cancellationToken);
                break;
            case SettingsDialog.NameStep:
                await dialog.StartAsync(turn, SettingsDialog.NameStep, value, cancellationToken);
                break;
            case SettingsDialog.DaysStep:
                await dialog.StartAsync(turn, SettingsDialog.DaysStep, value, cancellationToken);
                break;
            default:
                turn.Say("With /settings I show your settings. Change one with /settings name Ann Lee or /settings days mon-fri; /timezone, /quiet and /nudges change the others.");
                break;
        }
    }

    private async Task ShowAsync(Turn turn, CancellationToken cancellationToken)
    {
        var reminders = await turn.Store.Nudges.GetSettingsAsync(turn.User.Id, cancellationToken);
        var quiet = planner.QuietHoursOf(reminders);
        var name = turn.User.Name
            ?? (turn.DisplayName is { } shown ? $"not given (drafts are signed with your display name, {shown})" : "not given (drafts end with [your name])");
        turn.Say(
            $"""
            Your settings:
            Name: {name}
            Time zone: {LocalTimes.DescribeZone(turn.Zone, turn.Now)}
            Working days: {turn.User.WorkingDays.Describe()} (your follow-up day and check-ins fall on them)
            Quiet hours: {(quiet is null ? "off" : quiet.ToString())}
            Reminders: {(reminders.On ? "on" : "off")}
            """,
            [new ReplyButton("Change name", ButtonData.Command("settings name")), new ReplyButton("Change time zone", ButtonData.Command("timezone"))],
            [new ReplyButton("Change working days", ButtonData.Command("settings days")), new ReplyButton("Change quiet hours", ButtonData.Command("quiet"))],
            [reminders.On
                ? new ReplyButton("Turn reminders off", ButtonData.Command("nudges off"))
                : new ReplyButton("Turn reminders on", ButtonData.Command("nudges on"))]);
    }
}
