using System.Globalization;
using InterviewCoachBot.Engine.Content;
using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Model;
using InterviewCoachBot.Engine.Time;

namespace InterviewCoachBot.Engine.Nudges;

/// <summary>Turns a due nudge into the message the user reads: its text in their zone, and done, snooze and stop buttons.</summary>
public sealed class NudgeRenderer(ContentLibrary content, NudgePlanner planner)
{
    public Reply Render(long nudgeId, NudgeRule rule, Interview interview, TimeZoneInfo zone, WorkingDays workingDays, QuietHours? quiet, DateTimeOffset expiresAt, DateTimeOffset now, bool late)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(interview);
        var values = Values(rule, interview, zone, workingDays, now);
        var text = rule.Text.Render(values);
        if (late)
        {
            text = content.Nudges.LateNote + " " + text;
        }

        var number = interview.Number.ToString(CultureInfo.InvariantCulture);
        var id = nudgeId.ToString(CultureInfo.InvariantCulture);
        var numberValue = new Dictionary<string, string>(StringComparer.Ordinal) { ["number"] = number };
        var snooze = new List<ReplyButton>();
        foreach (var choice in content.Nudges.Snooze)
        {
            var target = choice.After is { } after ? now + after : SnoozeTimes.NextMorning(now, zone, content.Nudges.Morning);
            if (SnoozeTimes.Land(target, now, expiresAt, quiet, zone) is not null)
            {
                var argument = choice.After is { } delay
                    ? ((int)Math.Ceiling(delay.TotalMinutes)).ToString(CultureInfo.InvariantCulture)
                    : SnoozeTimes.MorningArgument;
                snooze.Add(new ReplyButton(choice.Label, ButtonData.Command($"nudges snooze {id} {argument}")));
            }
        }

        var rows = new List<IReadOnlyList<ReplyButton>> { new[] { new ReplyButton(rule.DoneLabel, ButtonData.Command(rule.DoneCommand.Render(numberValue))) } };
        if (snooze.Count > 0)
        {
            rows.Add(snooze);
        }

        rows.Add([new ReplyButton(content.Nudges.StopLabel.Render(numberValue), ButtonData.Command("nudges stop " + number))]);
        return new Reply(text, rows) { Moments = Moments(rule, interview, zone, workingDays, now, text) };
    }

    /// <summary>The instants behind {when} and {deadline}, for platforms that show times in each reader's zone.</summary>
    private IReadOnlyList<ShownMoment> Moments(NudgeRule rule, Interview interview, TimeZoneInfo zone, WorkingDays workingDays, DateTimeOffset now, string text)
    {
        var (when, deadline) = Instants(rule, interview, zone, workingDays);
        return [.. new[] { when, deadline }
            .Select(instant => new ShownMoment(instant, LocalTimes.FormatNear(instant, zone, now)))
            .Where(moment => text.Contains(moment.Text, StringComparison.Ordinal))
            .DistinctBy(moment => moment.Text)];
    }

    private (DateTimeOffset When, DateTimeOffset Deadline) Instants(NudgeRule rule, Interview interview, TimeZoneInfo zone, WorkingDays workingDays)
    {
        var thanked = NudgePlanner.ThankedInterview(rule, interview);
        return (planner.AnchorOf(rule.Anchor, interview, zone, workingDays) ?? interview.HeldAt, thanked + content.ThankYou.Window);
    }

    private Dictionary<string, string> Values(NudgeRule rule, Interview interview, TimeZoneInfo zone, WorkingDays workingDays, DateTimeOffset now)
    {
        var (when, deadline) = Instants(rule, interview, zone, workingDays);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["company"] = interview.Company,
            ["role"] = interview.Role,
            ["number"] = interview.Number.ToString(CultureInfo.InvariantCulture),
            ["when"] = LocalTimes.FormatNear(when, zone, now),
            ["deadline"] = LocalTimes.FormatNear(deadline, zone, now),
            ["decision"] = interview.DecisionBy?.ToString("ddd d MMM", CultureInfo.InvariantCulture) ?? "the date they gave",
            ["with"] = interview.CallWith.Length > 0 ? interview.CallWith : "the recruiter",
            ["due"] = interview.MoreInfoBy?.ToString("ddd d MMM", CultureInfo.InvariantCulture) ?? "the day they gave",
        };
    }
}
