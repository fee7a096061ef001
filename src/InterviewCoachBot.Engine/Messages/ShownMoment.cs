namespace InterviewCoachBot.Engine.Messages;

/// <summary>A time written into a reply's text (in the user's zone), with the instant it stands for.</summary>
/// <remarks>Platforms that can show an instant in each reader's own zone (Discord timestamps) use it next to the text.</remarks>
public sealed record ShownMoment(DateTimeOffset Instant, string Text);
