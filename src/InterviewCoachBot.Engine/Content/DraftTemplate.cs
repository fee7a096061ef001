namespace InterviewCoachBot.Engine.Content;

/// <summary>A draft note; an email also has a subject.</summary>
public sealed record DraftTemplate(Template? Subject, Template Body);
