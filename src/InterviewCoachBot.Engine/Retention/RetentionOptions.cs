using System.ComponentModel.DataAnnotations;

namespace InterviewCoachBot.Engine.Retention;

/// <summary>How long what serves no user any more is kept (section <c>Retention</c>).</summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Retention";

    /// <summary>
    /// Dedupe keys of applied updates. Telegram keeps an unconfirmed update for 24 hours and Discord replays only within a
    /// resumed session, so two days outlast every redelivery with a margin.
    /// </summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "365.00:00:00")]
    public TimeSpan InboxKeep { get; set; } = TimeSpan.FromDays(2);

    /// <summary>Delivered replies (their chat and text are blanked on delivery; only the row is left).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "365.00:00:00")]
    public TimeSpan DeliveredKeep { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Ended nudges, counted from the close of their window (after which they are never planned again).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "365.00:00:00")]
    public TimeSpan EndedNudgeKeep { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often the pruning runs; the first run is one interval after start, off the start-up path.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Rows of each kind deleted per write transaction, so messages never wait long behind a pruning batch.</summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 1000;
}
