using InterviewCoachBot.Engine.Model;

namespace InterviewCoachBot.Engine.Content;

/// <summary>The thank-you note: its window, guidance, checklist, don'ts, channel advice and drafts (<c>thank-you.yaml</c>).</summary>
public sealed record ThankYouContent(
    TimeSpan Window,
    ThankYouGuidance Guidance,
    Checklist Checklist,
    IReadOnlyList<string> Donts,
    IReadOnlyDictionary<ContactChannel, ChannelAdvice> Channels,
    IReadOnlyDictionary<string, DraftTemplate> Drafts,
    string TopicQuestion,
    string PointQuestion)
{
    public const string FileName = "thank-you.yaml";
    public const string ChecklistKey = "thankyou";

    private static readonly string[] DraftPlaceholders = ["interviewer", "company", "role", "topic", "point", "candidate"];

    private static readonly Dictionary<string, ContactChannel> ChannelKeys = new(StringComparer.Ordinal)
    {
        ["email"] = ContactChannel.Email,
        ["phone"] = ContactChannel.Phone,
        ["video"] = ContactChannel.Video,
        ["in_person"] = ContactChannel.InPerson,
        ["letter"] = ContactChannel.Letter,
    };

    public static ThankYouContent Read(string yaml)
    {
        var root = ContentNode.Parse(FileName, yaml).Only("window_hours", "guidance", "checklist", "donts", "channels", "drafts", "draft_questions");
        var guidance = root.Child("guidance").Only("before_deadline", "after_deadline", "upcoming", "sent", "optional");
        var drafts = ReadDrafts(root.Child("drafts"));
        var questions = root.Child("draft_questions").Only("topic", "point");
        return new ThankYouContent(
            TimeSpan.FromHours(root.Number("window_hours", 1, 24 * 14)),
            new ThankYouGuidance(
                guidance.Template("before_deadline", "deadline", "remaining", "channel", "company"),
                guidance.Template("after_deadline", "deadline", "remaining", "channel", "company"),
                guidance.Template("upcoming"),
                guidance.Template("sent", "sent_at", "company"),
                guidance.Template("optional")),
            ContentLists.Checklist(root, ChecklistKey),
            [.. root.List("donts").Select(item => item.AsText())],
            ReadChannels(root.Child("channels"), drafts),
            drafts,
            questions.Text("topic"),
            questions.Text("point"));
    }

    private static Dictionary<string, DraftTemplate> ReadDrafts(ContentNode node)
    {
        node.Only("email", "phone", "letter");
        var drafts = new Dictionary<string, DraftTemplate>(StringComparer.Ordinal);
        foreach (var key in new[] { "email", "phone", "letter" })
        {
            if (node.TryChild(key) is not { } draft)
            {
                continue;
            }

            draft.Only("subject", "body");
            var subject = draft.TryChild("subject")?.AsTemplate(DraftPlaceholders);
            drafts[key] = new DraftTemplate(subject, draft.Template("body", DraftPlaceholders));
        }

        return drafts;
    }

    private static Dictionary<ContactChannel, ChannelAdvice> ReadChannels(ContentNode node, Dictionary<string, DraftTemplate> drafts)
    {
        node.Only([.. ChannelKeys.Keys]);
        var channels = new Dictionary<ContactChannel, ChannelAdvice>();
        foreach (var (key, channel) in ChannelKeys)
        {
            var entry = node.Child(key).Only("advice", "draft");
            var draft = entry.Text("draft");
            if (!drafts.ContainsKey(draft))
            {
                throw entry.Child("draft").Error($"there is no draft called '{draft}' under drafts");
            }

            channels[channel] = new ChannelAdvice(entry.Template("advice", "interviewer"), draft);
        }

        return channels;
    }
}
