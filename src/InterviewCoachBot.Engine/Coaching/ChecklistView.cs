using System.Globalization;
using System.Text;
using InterviewCoachBot.Engine.Content;
using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Model;

namespace InterviewCoachBot.Engine.Coaching;

/// <summary>A checklist as the user sees it: progress, ticked and open items, and a button per item to tick it.</summary>
public static class ChecklistView
{
    private const int ButtonLabelLength = 28;

    /// <summary>"3/8 done".</summary>
    public static string Progress(Checklist checklist, IReadOnlySet<string> ticked)
    {
        ArgumentNullException.ThrowIfNull(checklist);
        ArgumentNullException.ThrowIfNull(ticked);
        var done = checklist.Items.Count(item => ticked.Contains(item.Key));
        return string.Create(CultureInfo.InvariantCulture, $"{done}/{checklist.Items.Count} done");
    }

    /// <summary>The items as numbered lines with their tick state.</summary>
    public static string Lines(Checklist checklist, IReadOnlySet<string> ticked)
    {
        ArgumentNullException.ThrowIfNull(checklist);
        ArgumentNullException.ThrowIfNull(ticked);
        var text = new StringBuilder();
        for (var i = 0; i < checklist.Items.Count; i++)
        {
            var item = checklist.Items[i];
            text.Append(CultureInfo.InvariantCulture, $"\n  [{(ticked.Contains(item.Key) ? "x" : " ")}] {i + 1}. {item.Text}");
        }

        return text.ToString();
    }

    public static Reply Show(Turn turn, Interview interview, Checklist checklist, IReadOnlySet<string> ticked)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(interview);
        var text = $"{checklist.Title} checklist for #{interview.Number} {interview.Company}: {Progress(checklist, ticked)}" +
            Lines(checklist, ticked) +
            $"\nTick or untick an item with its button or number, e.g. /checklist {interview.Number} {checklist.Key} 2";
        var buttons = checklist.Items.Select((item, index) => (IReadOnlyList<ReplyButton>)[Button(interview, checklist, item, index, ticked)]);
        return new Reply(text, [.. buttons]) { ReplacesPressedMessage = turn.FromButton };
    }

    private static ReplyButton Button(Interview interview, Checklist checklist, ChecklistItem item, int index, IReadOnlySet<string> ticked)
    {
        var mark = ticked.Contains(item.Key) ? "[x]" : "[ ]";
        var label = $"{mark} {index + 1}. {item.Text}";
        return new ReplyButton(
            label.Length > ButtonLabelLength ? label[..(ButtonLabelLength - 1)] + "…" : label,
            ButtonData.Command(string.Create(CultureInfo.InvariantCulture, $"checklist {interview.Number} {checklist.Key} {index + 1}")));
    }
}
