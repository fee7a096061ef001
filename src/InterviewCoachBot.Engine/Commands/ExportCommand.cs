using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Export;
using InterviewCoachBot.Engine.Messages;

namespace InterviewCoachBot.Engine.Commands;

/// <summary>Sends the user their data as JSON and their upcoming steps as a calendar file.</summary>
public sealed class ExportCommand(UserDataExport data, CalendarExport calendar) : ICommand
{
    public CommandInfo Info { get; } = new("export", "Your data as a file, and your upcoming steps for your calendar", "/export")
    {
        Details = "Sends everything I keep about you as a file, and your upcoming steps as a calendar file you can import.",
        Examples = ["/export"],
    };

    public async Task RunAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var interviews = await turn.Store.Interviews.ListAsync(turn.User.Id, cancellationToken);
        var json = await data.WriteAsync(turn, interviews, cancellationToken);
        var ics = await calendar.WriteAsync(turn, interviews, cancellationToken);
        turn.Say(new Reply("Here is everything I keep about you, as JSON.")
        {
            Document = new ReplyDocument("interviewcoachbot-data.json", "application/json", json),
        });
        turn.Say(new Reply("And your steps still ahead for your calendar (interviews, calls, thank-you deadlines, decision and follow-up days), with the same reminders I send.")
        {
            Document = new ReplyDocument("interviewcoachbot-steps.ics", "text/calendar", ics),
        });
    }
}
