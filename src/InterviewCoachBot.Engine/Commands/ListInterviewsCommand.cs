using System.Text;
using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Interviews;
using InterviewCoachBot.Engine.Messages;

namespace InterviewCoachBot.Engine.Commands;

/// <summary>Lists the user's active interviews, each with its stage and next step; with "all" the closed ones too.</summary>
public sealed class ListInterviewsCommand(InterviewSummary summary, InterviewProgress progress) : ICommand
{
    public CommandInfo Info { get; } = new("interviews", "Your interviews, each with its stage and next step", "/interviews [all]", "list")
    {
        Effect = CommandEffect.ReadsOnly,
        Details = "Lists your active interviews with their number, their stage and the one thing to do next. The number is what the other commands take. Interviews whose process ended (accepted, declined, withdrew, not selected, no reply) show only with all.",
        Examples = ["/interviews", "/interviews all"],
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

        var all = CommandLine.Split(arguments).Name == "all";
        var shown = all ? interviews : [.. interviews.Where(interview => !progress.Evaluate(turn, interview).Closed)];
        var closed = interviews.Count - shown.Count;
        if (shown.Count == 0)
        {
            turn.Say(
                $"You have no active interviews; {Closed(closed)} ended. Add a new one with /interview.",
                [new ReplyButton("Show all", ButtonData.Command("interviews all")), new ReplyButton("Add an interview", ButtonData.Command("interview"))]);
            return;
        }

        var text = new StringBuilder(all ? $"All your interviews ({shown.Count}):" : $"Your interviews ({shown.Count}):");
        foreach (var interview in shown)
        {
            text.AppendLine().AppendLine().Append(summary.Describe(turn, interview));
        }

        text.AppendLine().AppendLine().Append("Change one with /edit and its number, remove it with /delete.");
        if (closed > 0)
        {
            text.Append(' ').Append(Closed(closed)).Append(" ended: /interviews all shows them with their outcome.");
        }

        turn.Say(text.ToString());
    }

    private static string Closed(int count) => count == 1 ? "1 interview" : $"{count} interviews";
}
