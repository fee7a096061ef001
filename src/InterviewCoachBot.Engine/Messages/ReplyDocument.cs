namespace InterviewCoachBot.Engine.Messages;

/// <summary>A file attached to a reply.</summary>
public sealed record ReplyDocument(string FileName, string MediaType, byte[] Content);
