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
        "add");

    public Task RunAsync(Turn turn, string arguments, CancellationToken cancellationToken) =>
        dialog.StartAsync(turn, OneLineArguments.Parse(arguments, fields), cancellationToken);
}
