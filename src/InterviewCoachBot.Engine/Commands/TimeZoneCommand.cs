using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Time;

namespace InterviewCoachBot.Engine.Commands;

/// <summary>Shows or changes the zone every time is typed and shown in.</summary>
public sealed class TimeZoneCommand(TimeZoneDialog dialog) : ICommand
{
    public CommandInfo Info { get; } = new("timezone", "See or change your time zone", "/timezone [city, country or zone]", "tz", "zone") { Effect = CommandEffect.ReadsOnlyWhenAlone };

    public Task RunAsync(Turn turn, string arguments, CancellationToken cancellationToken) => dialog.StartAsync(turn, arguments, cancellationToken);
}
