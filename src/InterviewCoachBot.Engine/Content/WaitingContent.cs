namespace InterviewCoachBot.Engine.Content;

/// <summary>Waiting for a decision: what happens meanwhile, the one-follow-up rule, and each outcome (<c>waiting.yaml</c>).</summary>
public sealed record WaitingContent(
    string WhileWaiting,
    FollowUpGuidance FollowUp,
    int PauseMinDays,
    int PauseMaxDays,
    IReadOnlyList<OutcomeGuide> Outcomes)
{
    public const string FileName = "waiting.yaml";

    /// <summary>The outcomes the engine has logic for; the file must describe each, and only these.</summary>
    public static readonly IReadOnlyList<string> OutcomeKeys = ["second_interview", "more_info", "paused", "not_selected", "offer", "accepted", "declined", "withdrew", "no_reply"];

    public OutcomeGuide Outcome(string key) => Outcomes.First(outcome => outcome.Key == key);

    public static WaitingContent Read(string yaml)
    {
        var root = ContentNode.Parse(FileName, yaml).Only("while_waiting", "follow_up", "pause_days", "outcomes");
        var followUp = root.Child("follow_up").Only("how", "how_without_date", "too_early", "recorded", "wait_for_reply", "reply_recorded", "replied");
        var pause = root.Child("pause_days").Only("min", "max");
        var min = pause.Number("min", 1, 60);
        var max = pause.Number("max", min, 120);
        return new WaitingContent(
            root.Text("while_waiting"),
            new FollowUpGuidance(
                followUp.Template("how", "decision", "company"),
                followUp.Template("how_without_date", "company"),
                followUp.Template("too_early", "decision", "follow_up_day", "company"),
                followUp.Template("recorded", "sent_at", "company"),
                followUp.Template("wait_for_reply", "sent_at", "company"),
                followUp.Template("reply_recorded", "company"),
                followUp.Template("replied", "replied_at", "company")),
            min,
            max,
            ReadOutcomes(root));
    }

    private static List<OutcomeGuide> ReadOutcomes(ContentNode root)
    {
        var items = root.List("outcomes");
        ContentNode.RequireUnique(items, "key");
        var outcomes = new List<OutcomeGuide>();
        foreach (var item in items)
        {
            item.Only("key", "label", "summary", "closes", "next_steps", "says");
            var key = ContentLists.Key(item);
            if (!OutcomeKeys.Contains(key))
            {
                throw item.Child("key").Error($"unknown outcome '{key}'; the outcomes are {string.Join(", ", OutcomeKeys)}");
            }

            outcomes.Add(new OutcomeGuide(
                key,
                item.Text("label"),
                item.Text("summary"),
                item.Boolean("closes"),
                [.. item.List("next_steps").Select(step => step.AsTemplate("company", "pause_min", "pause_max"))],
                [.. item.List("says").Select(phrase => phrase.AsText().ToLowerInvariant())]));
        }

        var phrases = outcomes.SelectMany(outcome => outcome.Says).GroupBy(phrase => phrase, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (phrases is not null)
        {
            throw root.Child("outcomes").Error($"the phrase '{phrases.Key}' belongs to more than one outcome");
        }

        var missing = OutcomeKeys.FirstOrDefault(key => outcomes.All(outcome => outcome.Key != key));
        return missing is null ? outcomes : throw root.Child("outcomes").Error($"the outcome '{missing}' is missing");
    }
}
