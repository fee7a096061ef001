using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Interviews;

namespace InterviewCoachBot.Engine.Commands;

/// <summary>Adds an interview: a wizard for whatever the arguments did not already give.</summary>
public sealed class AddInterviewCommand(AddInterviewDialog dialog, InterviewFields fields) : ICommand
{
    public CommandInfo Info { get; } = new(
        "interview",
        "Add an interview (I'll ask for the details)",
        "/interview [company | role | interviewers | when | channel]",
        "add")
    {
        Details = "Tells me about an interview, so I can coach you through what comes next. Give the details on one line, separated by |, or send /interview alone and I'll ask for each one; an empty part is asked for too.",
        Examples = ["/interview", "/interview Acme Corp | Backend Engineer | Dana Levi | yesterday 15:00 | email", "/interview company: Acme | when: tomorrow 10:00"],
    };

    public Task RunAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var form = OneLineArguments.Parse(arguments, fields);
        if (form.TooMany)
        {
            // Dropping a part silently would save a wrong interview; nothing is saved, so sending it again loses nothing.
            turn.Say(
                $"That's {form.PartCount} parts, but /interview takes at most {fields.All.Count}, separated by |: {Info.Usage}. "
                + "Nothing was saved. Send it again with fewer parts, or just /interview and I'll ask for each detail.");
            return Task.CompletedTask;
        }

        return dialog.StartAsync(turn, form.Answers, cancellationToken);
    }
}
