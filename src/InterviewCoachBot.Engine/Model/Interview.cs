namespace InterviewCoachBot.Engine.Model;

/// <summary>One interview the candidate is following up on.</summary>
public sealed record Interview
{
    /// <summary>The number the user sees (#1, #2, ...); unique per user, never reused for another user's data.</summary>
    public required int Number { get; init; }

    public required string Company { get; init; }

    public required string Role { get; init; }

    /// <summary>Interviewer name(s) as the candidate typed them.</summary>
    public required string Interviewers { get; init; }

    /// <summary>When the interview took place or will take place, in UTC.</summary>
    public required DateTimeOffset HeldAt { get; init; }

    public required ContactChannel Channel { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the candidate marked the latest thank-you note sent.</summary>
    public DateTimeOffset? ThankYouSentAt { get; init; }

    /// <summary>The day the employer said they would decide by, in the user's calendar.</summary>
    public DateOnly? DecisionBy { get; init; }

    /// <summary>When the candidate last followed up about the decision.</summary>
    public DateTimeOffset? FollowUpSentAt { get; init; }

    /// <summary>When the employer last answered.</summary>
    public DateTimeOffset? ReplyReceivedAt { get; init; }

    /// <summary>The recorded decision: a key from the waiting content (<c>paused</c>, <c>offer</c>, ...).</summary>
    public string? Outcome { get; init; }

    public DateTimeOffset? OutcomeAt { get; init; }

    /// <summary>The day the employer wants the extra information by (asked with the "asked for more" outcome), in the user's calendar.</summary>
    public DateOnly? MoreInfoBy { get; init; }

    /// <summary>A scheduled follow-up call, and with whom.</summary>
    public DateTimeOffset? CallAt { get; init; }

    public string CallWith { get; init; } = string.Empty;

    /// <summary>A scheduled second interview.</summary>
    public DateTimeOffset? SecondAt { get; init; }

    /// <summary>True while a follow-up waits for an answer: a second one would be a second message without a reply.</summary>
    public bool AwaitingReply => FollowUpSentAt is { } sent && (ReplyReceivedAt is not { } reply || reply < sent);

    /// <summary>True when the employer answered after the latest follow-up (or without one): the next move is theirs or a decision to record, not another message.</summary>
    public bool Replied => ReplyReceivedAt is not null && !AwaitingReply;
}
