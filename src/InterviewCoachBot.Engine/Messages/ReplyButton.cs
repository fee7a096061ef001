namespace InterviewCoachBot.Engine.Messages;

/// <summary>A choice offered under a reply. <paramref name="Data"/> is short (it must fit Telegram's 64 bytes).</summary>
public sealed record ReplyButton(string Label, string Data);
