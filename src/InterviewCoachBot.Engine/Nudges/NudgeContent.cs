using System.Globalization;
using InterviewCoachBot.Engine.Content;

namespace InterviewCoachBot.Engine.Nudges;

/// <summary>The nudge rules and their wording (<c>nudges.yaml</c>).</summary>
public sealed record NudgeContent(
    QuietHours DefaultQuietHours,
    TimeOnly Morning,
    string LateNote,
    string BackOn,
    Template StopLabel,
    IReadOnlyList<NudgeSnoozeChoice> Snooze,
    IReadOnlyList<NudgeRule> Rules)
{
    public const string FileName = "nudges.yaml";

    /// <summary>What a nudge text may say.</summary>
    public static readonly IReadOnlyList<string> Placeholders = ["company", "role", "number", "when", "deadline", "decision", "with", "due"];

    private static readonly Dictionary<string, NudgeAnchor> Anchors = new(StringComparer.Ordinal)
    {
        ["interview"] = NudgeAnchor.Interview,
        ["thankyou_deadline"] = NudgeAnchor.ThankYouDeadline,
        ["decision_day"] = NudgeAnchor.DecisionDay,
        ["follow_up_day"] = NudgeAnchor.FollowUpDay,
        ["call"] = NudgeAnchor.Call,
        ["second"] = NudgeAnchor.Second,
        ["outcome"] = NudgeAnchor.Outcome,
        ["more_info_day_before"] = NudgeAnchor.MoreInfoDayBefore,
    };

    private static readonly Dictionary<string, NudgeCondition> Conditions = new(StringComparer.Ordinal)
    {
        ["thankyou_not_sent"] = NudgeCondition.ThankYouNotSent,
        ["decision_date"] = NudgeCondition.DecisionDate,
        ["no_decision_date"] = NudgeCondition.NoDecisionDate,
        ["no_outcome"] = NudgeCondition.NoOutcome,
        ["not_followed_up"] = NudgeCondition.NotFollowedUp,
        ["no_reply"] = NudgeCondition.NoReply,
        ["paused"] = NudgeCondition.Paused,
        ["asked_for_more"] = NudgeCondition.AskedForMore,
    };

    public NudgeRule? Find(string key) => Rules.FirstOrDefault(rule => rule.Key == key);

    public static NudgeContent Read(string yaml)
    {
        var root = ContentNode.Parse(FileName, yaml).Only("quiet_hours", "morning", "late_note", "back_on", "stop_label", "snooze", "rules");
        var quiet = root.Child("quiet_hours");
        var rules = root.List("rules");
        ContentNode.RequireUnique(rules, "key");
        return new NudgeContent(
            QuietHours.TryParse(quiet.AsText()) ?? throw quiet.Error("expected quiet hours as HH:mm-HH:mm, such as 21:00-08:00"),
            ClockTime(root.Child("morning")),
            root.Text("late_note"),
            root.Text("back_on"),
            root.Template("stop_label", "number"),
            [.. root.List("snooze").Select(ReadSnooze)],
            [.. rules.Select(ReadRule)]);
    }

    private static NudgeSnoozeChoice ReadSnooze(ContentNode item)
    {
        item.Only("label", "after", "tomorrow");
        if (item.TryChild("after") is { } after)
        {
            return item.TryChild("tomorrow") is null
                ? new NudgeSnoozeChoice(item.Text("label"), Duration(after))
                : throw item.Error("give either after or tomorrow, not both");
        }

        return item.Boolean("tomorrow")
            ? new NudgeSnoozeChoice(item.Text("label"), null)
            : throw item.Child("tomorrow").Error("a snooze choice needs after: <duration> or tomorrow: true");
    }

    private static NudgeRule ReadRule(ContentNode item)
    {
        item.Only("key", "title", "anchor", "after", "before", "day", "at", "working_day", "expires_at", "expires_after", "when", "text", "done");
        var anchor = Anchor(item.Child("anchor"));
        var done = item.Child("done").Only("label", "command");
        var rule = new NudgeRule(
            ContentLists.Key(item),
            item.Text("title"),
            anchor,
            Timing(item),
            item.TryChild("expires_at") is { } expiresAt ? Anchor(expiresAt) : null,
            item.TryChild("expires_after") is { } expiresAfter ? Duration(expiresAfter) : null,
            item.TryChild("when") is null ? [] : [.. item.List("when").Select(Condition)],
            item.Template("text", [.. Placeholders]),
            done.Text("label"),
            done.Template("command", "number"));
        return (rule.ExpiresAt is null) != (rule.ExpiresAfter is null)
            ? rule
            : throw item.Error("give exactly one of expires_at (an anchor) or expires_after (a duration)");
    }

    private static NudgeTiming Timing(ContentNode item)
    {
        var after = item.TryChild("after");
        var before = item.TryChild("before");
        var day = item.TryChild("day");
        var given = new[] { after, before, day }.Count(node => node is not null);
        if (given != 1)
        {
            throw item.Error("give exactly one of after, before, or day with at");
        }

        if (after is not null || before is not null)
        {
            if ((item.TryChild("at") ?? item.TryChild("working_day")) is { } stray)
            {
                throw stray.Error("at and working_day go with day, not with after or before");
            }

            return after is not null ? NudgeTiming.After(Duration(after)) : NudgeTiming.After(-Duration(before!));
        }

        var workingDay = item.TryChild("working_day") is not null && item.Boolean("working_day");
        return NudgeTiming.OnDay(item.Number("day", -60, 60), ClockTime(item.Child("at")), workingDay);
    }

    private static TimeSpan Duration(ContentNode node) =>
        NudgeDurations.TryParse(node.AsText()) is { } duration && duration > TimeSpan.Zero
            ? duration
            : throw node.Error("expected a duration such as 90s, 30m, 3h or 2d");

    private static TimeOnly ClockTime(ContentNode node) =>
        TimeOnly.TryParseExact(node.AsText(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw node.Error("expected a local time as HH:mm, such as 09:00");

    private static NudgeAnchor Anchor(ContentNode node) =>
        Anchors.TryGetValue(node.AsText(), out var anchor)
            ? anchor
            : throw node.Error($"unknown anchor '{node.AsText()}'; the anchors are {string.Join(", ", Anchors.Keys)}");

    private static NudgeCondition Condition(ContentNode node) =>
        Conditions.TryGetValue(node.AsText(), out var condition)
            ? condition
            : throw node.Error($"unknown condition '{node.AsText()}'; the conditions are {string.Join(", ", Conditions.Keys)}");
}
