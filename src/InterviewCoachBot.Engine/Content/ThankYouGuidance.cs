namespace InterviewCoachBot.Engine.Content;

/// <summary>What the bot says about the thank-you note at each point: before, after the deadline, and once sent.</summary>
public sealed record ThankYouGuidance(Template BeforeDeadline, Template AfterDeadline, Template Upcoming, Template Sent, Template Optional);
