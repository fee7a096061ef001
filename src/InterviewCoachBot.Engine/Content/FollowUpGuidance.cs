namespace InterviewCoachBot.Engine.Content;

/// <summary>What the bot says about following up once after the decision date.</summary>
public sealed record FollowUpGuidance(Template How, Template HowWithoutDate, Template TooEarly, Template Recorded, Template WaitForReply, Template ReplyRecorded, Template Replied);
