using System.Text;
using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Interviews;
using InterviewCoachBot.Engine.Messages;

namespace InterviewCoachBot.Engine.Commands;

/// <summary>Lists the user's interviews, each with its stage and next step.</summary>
public sealed class ListInterviewsCommand(InterviewSummary summary) : ICommand
{
    public CommandInfo Info { get; } = new("interviews", "Your interviews, each with its stage and next step", "/interviews", "list") 
    {
        Effect = CommandEffect.ReadsOnly,
        Details = "Lists every interview with its number, its stage and the one thing to do next. The number is what the other commands take.",
        Examples = ["/interviews"],
    };

    public async Task RunAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var interviews = await turn.Store.Interviews.ListAsync(turn.User.Id, cancellationToken);
        if (interviews.Count == 0)
        {
            turn.Say("You haven't added an interview yet. Send /interview to add one.", [new ReplyButton("Add an interview", ButtonData.Command("interview"))]);
            return;
        }

        var text = new StringBuilder($"Your interviews ({interviews.Count}):");
        foreach (var interview in interviews)
        {
            text.AppendLine().AppendLine().Append(summary.Describe(turn, interview));
        }

        text.AppendLine().AppendLine().Append("Change one with /edit and its number, remove it with /delete.");
        turn.Say(text.ToString());
    }
}
