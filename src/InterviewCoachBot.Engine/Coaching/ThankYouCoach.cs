using System.Globalization;
using System.Text;
using InterviewCoachBot.Engine.Content;
using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Model;

namespace InterviewCoachBot.Engine.Coaching;

/// <summary>The thank-you guidance for one interview: deadline in local time, channel, what to include and what to avoid.</summary>
public sealed class ThankYouCoach(ContentLibrary content)
{
    private ThankYouContent ThankYou => content.ThankYou;

    public async Task<Reply> GuidanceAsync(Turn turn, Interview interview, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(interview);
        var ticked = await turn.Store.Checklists.TickedAsync(turn.User.Id, interview.Number, ThankYou.Checklist.Key, cancellationToken);
        var number = interview.Number.ToString(CultureInfo.InvariantCulture);
        var timing = ThankYouTiming.Of(interview, ThankYou.Window, turn.Now);
        var values = CoachingValues.For(turn, interview);
        values["deadline"] = turn.Show(timing.Deadline);
        values["remaining"] = Durations.Remaining(timing.Deadline - turn.Now);
        values["sent_at"] = interview.ThankYouSentAt is { } sent ? turn.Show(sent) : string.Empty;

        var text = new StringBuilder($"Thank-you note for #{number} {interview.Company} ({interview.Role})\n");
        text.AppendLine(Status(timing, turn.Now).Render(values));
        if (timing.Sent)
        {
            return new Reply(text.ToString().TrimEnd());
        }

        text.AppendLine()
            .AppendLine("Channel: " + ThankYou.Channels[interview.Channel].Advice.Render(values))
            .Append(CultureInfo.InvariantCulture, $"What to include ({ChecklistView.Progress(ThankYou.Checklist, ticked)}):")
            .AppendLine(ChecklistView.Lines(ThankYou.Checklist, ticked))
            .AppendLine("Avoid:");
        foreach (var dont in ThankYou.Donts)
        {
            text.AppendLine("  - " + dont);
        }

        text.Append(ThankYou.Guidance.Optional.Render(values));
        IReadOnlyList<ReplyButton> draftAndSent = timing.Upcoming(turn.Now)
            ? [new ReplyButton("Write a draft", ButtonData.Command($"thankyou {number} draft"))]
            : [new ReplyButton("Write a draft", ButtonData.Command($"thankyou {number} draft")), new ReplyButton("Mark as sent", ButtonData.Command($"thankyou {number} sent"))];
        return new Reply(
            text.ToString(),
            [draftAndSent, [new ReplyButton("Tick the checklist", ButtonData.Command($"checklist {number} {ThankYou.Checklist.Key}"))]]);
    }

    private Template Status(ThankYouTiming timing, DateTimeOffset now) =>
        timing.Sent ? ThankYou.Guidance.Sent
        : timing.Upcoming(now) ? ThankYou.Guidance.Upcoming
        : now < timing.Deadline ? ThankYou.Guidance.BeforeDeadline
        : ThankYou.Guidance.AfterDeadline;
}
