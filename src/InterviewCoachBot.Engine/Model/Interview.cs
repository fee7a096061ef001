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
}
