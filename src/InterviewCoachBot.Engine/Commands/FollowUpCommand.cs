using InterviewCoachBot.Engine.Content;
using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Interviews;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Model;
using InterviewCoachBot.Engine.Coaching;

namespace InterviewCoachBot.Engine.Commands;

/// <summary>
/// The one follow-up about the decision: how to do it, recording it, and recording their reply. A second follow-up before
/// a reply is refused with a friendly explanation and what to do instead.
/// </summary>
public sealed class FollowUpCommand(ContentLibrary content) : ICommand
{
    public CommandInfo Info { get; } = new("followup", "Follow up once about the decision; record it and their reply", "/followup [N] [sent|reply]", "follow")
    {
        Details = "Tells you when and how to follow up once about the decision. Record with sent that you followed up, and with reply that they answered.",
        Examples = ["/followup 1", "/followup 1 sent", "/followup 1 reply"],
    };

    private FollowUpGuidance Guidance => content.Waiting.FollowUp;

    public async Task RunAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (await InterviewPicker.PickAsync(turn, Info.Name, arguments, cancellationToken) is not { } picked)
        {
            return;
        }

        var interview = picked.Interview;
        var values = Values(turn, interview);
        switch (CommandLine.Split(picked.Remainder).Name)
        {
            case "" when interview.AwaitingReply:
                turn.Say(Guidance.WaitForReply.Render(values), [Button("They replied", interview, "reply")]);
                break;
            case "" when interview.Replied:
                turn.Say(Guidance.Replied.Render(values), [[new ReplyButton("Record their decision", ButtonData.Command($"outcome {interview.Number}"))]]);
                break;
            case "":
                turn.Say(Advice(turn, interview, values), [Button("I followed up", interview, "sent"), Button("They replied", interview, "reply")]);
                break;
            case "sent" when interview.AwaitingReply:
                turn.Say(Guidance.WaitForReply.Render(values), [Button("They replied", interview, "reply")]);
                break;
            case "sent":
                var sent = interview with { FollowUpSentAt = turn.Now };
                await SaveAsync(turn, sent, cancellationToken);
                turn.Say(Guidance.Recorded.Render(Values(turn, sent)), [Button("They replied", interview, "reply")]);
                break;
            case "reply":
                await SaveAsync(turn, interview with { ReplyReceivedAt = turn.Now }, cancellationToken);
                turn.Say(Guidance.ReplyRecorded.Render(values), [[new ReplyButton("Record their decision", ButtonData.Command($"outcome {interview.Number}"))]]);
                break;
            default:
                turn.Say($"/followup {interview.Number} gives the advice; add \"sent\" once you've followed up, or \"reply\" when they answered.");
                break;
        }
    }

    private string Advice(Turn turn, Interview interview, Dictionary<string, string> values)
    {
        if (interview.DecisionBy is null)
        {
            return Guidance.HowWithoutDate.Render(values);
        }

        return InterviewProgress.FollowUpDayAhead(turn, interview) is null ? Guidance.How.Render(values) : Guidance.TooEarly.Render(values) + "\n\n" + Guidance.How.Render(values);
    }

    private static async Task SaveAsync(Turn turn, Interview interview, CancellationToken cancellationToken)
    {
        await turn.Store.Interviews.UpdateAsync(turn.User.Id, interview, cancellationToken);
        turn.InterviewChanged(interview.Number);
    }

    private static Dictionary<string, string> Values(Turn turn, Interview interview)
    {
        var values = CoachingValues.For(turn, interview);
        values["decision"] = "the date they gave";
        if (interview.DecisionBy is { } day)
        {
            values["decision"] = InterviewProgress.Day(day);
            values["follow_up_day"] = InterviewProgress.Day(turn.User.WorkingDays.FollowUpDay(day));
        }

        values["sent_at"] = interview.FollowUpSentAt is { } sent ? turn.Show(sent) : string.Empty;
        values["replied_at"] = interview.ReplyReceivedAt is { } replied ? turn.Show(replied) : string.Empty;
        return values;
    }

    /// <summary>A row with one button that records the follow-up step <paramref name="action"/> (sent, reply) for the interview.</summary>
    internal static IReadOnlyList<ReplyButton> Button(string label, Interview interview, string action) =>
        [new ReplyButton(label, ButtonData.Command($"followup {interview.Number} {action}"))];
}
