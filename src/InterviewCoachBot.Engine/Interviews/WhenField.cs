using System.Globalization;
using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Time;

namespace InterviewCoachBot.Engine.Interviews;

/// <summary>When the interview took place or will take place, typed in the user's zone and stored in UTC.</summary>
/// <param name="question">What is asked; other dated steps (a call, a second interview) ask their own question.</param>
/// <param name="upcoming">True for steps still ahead: a bare weekday then means the coming one, not the nearest.</param>
/// <param name="formQuestion">The question short enough to label a form field.</param>
public sealed class WhenField(
    MomentParser parser, string question = WhenField.InterviewQuestion, bool upcoming = false, string formQuestion = WhenField.InterviewFormQuestion) : InterviewField
{
    public const string InterviewQuestion = "When did the interview take place, or when will it?";
    public const string InterviewFormQuestion = "When is or was the interview?";

    public override string Key => "when";

    public override string Label => "date and time";

    public static DateTimeOffset Parse(string stored) =>
        DateTimeOffset.Parse(stored, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToUniversalTime();

    public static string Store(DateTimeOffset instant) => instant.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public override Reply Ask(Turn turn) => new(
        $"{question} Your time zone is {LocalTimes.DescribeZone(turn.Zone, turn.Now)} (change it with /timezone).\n" +
        (upcoming ? "For example: tomorrow 10:00, tmrw 9, fri 14:00, 25 Nov 14:30" : "For example: today 15:00, yesterday 3pm, mon 9:00, 25 Nov 14:30, 2 hours ago"),
        upcoming ? [Tomorrow] : [Past, Tomorrow]) { ExpectsText = true };

    /// <summary>Examples in the placeholder, and the zone they are read in, since a form has no room for the question's text.</summary>
    public override FormField InForm(Turn turn)
    {
        var examples = upcoming ? "tomorrow 10:00, fri 14:00" : "yesterday 3pm, tomorrow 10:00";
        var placeholder = $"{examples} ({turn.Zone.Id} time)";
        return new(Key, formQuestion, TextLimits.Clip(placeholder, FormField.MaxPlaceholder - 1), Required: true, TextLimits.ShortField);
    }

    // A step still ahead is only offered times still ahead.
    private static IReadOnlyList<ReplyButton> Past =>
        [new ReplyButton("1 hour ago", ButtonData.Answer("1 hour ago")), new ReplyButton("Yesterday 10:00", ButtonData.Answer("yesterday 10:00"))];

    private static IReadOnlyList<ReplyButton> Tomorrow =>
        [new ReplyButton("Tomorrow 10:00", ButtonData.Answer("tomorrow 10:00")), new ReplyButton("Tomorrow 14:00", ButtonData.Answer("tomorrow 14:00"))];

    public override FieldResult Accept(Turn turn, string answer) => parser.Parse(answer, turn.Now, turn.Zone, upcoming) switch
    {
        MomentParseResult.Parsed parsed => new FieldResult.Accepted(Store(parsed.Utc)),
        MomentParseResult.Rejected rejected => Reject(turn, rejected.Reason),
        MomentParseResult.AmbiguousLocalTime twice => new FieldResult.Rejected(AskWhichOccurrence(turn, twice)),
        _ => throw new InvalidOperationException("Unknown parse result."),
    };

    public override string Show(Turn turn, string value) => turn.Show(Parse(value), near: false);

    private static Reply AskWhichOccurrence(Turn turn, MomentParseResult.AmbiguousLocalTime twice)
    {
        var clock = twice.Local.ToString("HH:mm", CultureInfo.InvariantCulture);
        var day = twice.Local.ToString("ddd d MMM", CultureInfo.InvariantCulture);
        return new Reply(
            $"{clock} happens twice on {day} in {turn.Zone.Id}, because the clocks go back that night. Which one do you mean?",
            [[Occurrence($"{clock}, first time", twice.Earlier), Occurrence($"{clock}, second time", twice.Later)]]);
    }

    private static ReplyButton Occurrence(string label, DateTimeOffset instant) =>
        new(label, ButtonData.Answer(instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture)));
}
