using System.Globalization;
using InterviewCoachBot.Engine.Content;
using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Model;

namespace InterviewCoachBot.Engine.Coaching;

/// <summary>Asks for one topic from the conversation and the point to stress, then writes a note shaped for the channel.</summary>
public sealed class ThankYouDraftDialog(ContentLibrary content) : IDialog
{
    public const string DialogKind = "thankyou.draft";
    private const string TopicKey = "topic";

    /// <summary>Where the signature goes when the platform gave no name: plainly something the candidate must fill in.</summary>
    private const string NamePlaceholder = "[your name]";

    public string Kind => DialogKind;

    public string Title => "thank-you draft";

    public async Task StartAsync(Turn turn, Interview interview, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(interview);
        var state = turn.NewDialog(DialogKind, TopicKey).About(interview, turn.Now);
        await turn.SaveDialogAsync(state, cancellationToken);
        turn.Say(new Reply($"Let's draft your note to {interview.Company}. {content.ThankYou.TopicQuestion}\n(Send /cancel to stop.)") { ExpectsText = true });
    }

    public async Task ContinueAsync(Turn turn, DialogState state, string answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(state);
        var limit = state.Step == TopicKey ? TextLimits.ShortField : TextLimits.Note;
        var cleaned = FreeText.Clean(answer, limit);
        if (cleaned.Length == 0)
        {
            turn.RejectAnswer("I need a few words for this.");
            return;
        }

        if (state.Step == TopicKey)
        {
            await turn.SaveDialogAsync(state.With(TopicKey, cleaned, "point", turn.Now), cancellationToken);
            turn.Say(new Reply(content.ThankYou.PointQuestion) { ExpectsText = true });
            return;
        }

        if (await DialogInterview.LoadAsync(turn, state, "draft", cancellationToken) is not { } interview)
        {
            return;
        }

        await turn.ClearDialogAsync(cancellationToken);

        turn.Say(Draft(turn, interview, state.Value(TopicKey)!, cleaned));
    }

    private Reply Draft(Turn turn, Interview interview, string topic, string point)
    {
        var channel = content.ThankYou.Channels[interview.Channel];
        var template = content.ThankYou.Drafts[channel.DraftKey];
        var values = CoachingValues.For(turn, interview);
        values["topic"] = DraftPhrases.Topic(topic);
        values["point"] = DraftPhrases.Point(point);
        values["candidate"] = turn.User.Name ?? turn.DisplayName ?? NamePlaceholder;
        var subject = template.Subject is { } line ? $"Subject: {line.Render(values)}\n\n" : string.Empty;
        var number = interview.Number.ToString(CultureInfo.InvariantCulture);
        var body = template.Body.Render(values);
        var sign = body.Contains(NamePlaceholder, StringComparison.Ordinal) ? $", put your name where it says {NamePlaceholder}" : string.Empty;
        return new Reply(
            $"Here's a draft ({channel.DraftKey}). Make it sound like you{sign}, then send it.\n\n{subject}{body}",
            [[new ReplyButton("Mark as sent", ButtonData.Command($"thankyou {number} sent")), new ReplyButton("Write another", ButtonData.Command($"thankyou {number} draft"))]]);
    }
}
