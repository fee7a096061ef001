namespace InterviewCoachBot.Engine.Content;

/// <summary>Which channel to thank through and which draft shape suits it.</summary>
public sealed record ChannelAdvice(Template Advice, string DraftKey);
