using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Time;

namespace InterviewCoachBot.Engine.Commands;

/// <summary>Shows or changes the zone every time is typed and shown in.</summary>
public sealed class TimeZoneCommand(TimeZoneDialog dialog) : ICommand
{
    public CommandInfo Info { get; } = new("timezone", "See or change your time zone", "/timezone [city, country or zone]", "tz", "zone")
    {
        Effect = CommandEffect.ReadsOnlyWhenAlone,
        Details = "Shows your time zone, or changes it to a city, a country or an IANA zone id. Every time you type or I show is in it, and your reminders are planned again in the new zone.",
        Examples = ["/timezone", "/timezone Berlin", "/timezone India", "/timezone America/New_York"],
    };

    public Task RunAsync(Turn turn, string arguments, CancellationToken cancellationToken) => dialog.StartAsync(turn, arguments, cancellationToken);
}
