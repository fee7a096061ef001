using InterviewCoachBot.Engine.Model;

namespace InterviewCoachBot.Engine.Coaching;

/// <summary>
/// The thank-you note that is due now: after the first interview, or after the second once that has taken place.
/// </summary>
/// <param name="Anchor">The interview the note thanks for.</param>
/// <param name="Deadline">The end of the window (content's <c>window_hours</c> after the anchor).</param>
/// <param name="Sent">True when the candidate marked a note sent after the anchor.</param>
public sealed record ThankYouTiming(DateTimeOffset Anchor, DateTimeOffset Deadline, bool Sent)
{
    public static ThankYouTiming Of(Interview interview, TimeSpan window, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(interview);
        var anchor = interview.SecondAt is { } second && second <= now ? second : interview.HeldAt;
        return new ThankYouTiming(anchor, anchor + window, interview.ThankYouSentAt >= anchor);
    }

    public bool Upcoming(DateTimeOffset now) => Anchor > now;

    public bool Open(DateTimeOffset now) => !Sent && Anchor <= now && now < Deadline;
}
