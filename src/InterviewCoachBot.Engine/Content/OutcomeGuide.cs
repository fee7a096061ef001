namespace InterviewCoachBot.Engine.Content;

/// <summary>One possible decision and the steps that follow it.</summary>
/// <param name="Closes">True when the process with this employer ends here.</param>
/// <param name="Says">Lower-case phrases people use for it in their own words ("rejected", "on hold").</param>
public sealed record OutcomeGuide(string Key, string Label, string Summary, bool Closes, IReadOnlyList<Template> NextSteps, IReadOnlyList<string> Says);
