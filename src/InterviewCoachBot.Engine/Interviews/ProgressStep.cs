namespace InterviewCoachBot.Engine.Interviews;

/// <summary>An interview's stage and the one thing to do next, both as the user reads them.</summary>
/// <param name="Closed">True when the process has ended (an outcome that closes it): the interview leaves the active list.</param>
public sealed record ProgressStep(string Stage, string NextStep, DateTimeOffset? Deadline = null, bool Closed = false);
