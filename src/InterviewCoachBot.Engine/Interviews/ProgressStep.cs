namespace InterviewCoachBot.Engine.Interviews;

/// <summary>An interview's stage and the one thing to do next, both as the user reads them.</summary>
public sealed record ProgressStep(string Stage, string NextStep, DateTimeOffset? Deadline = null);
