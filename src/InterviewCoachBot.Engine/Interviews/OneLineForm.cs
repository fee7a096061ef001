namespace InterviewCoachBot.Engine.Interviews;

/// <summary>What a one-line form gave: the answers by field key, and whether it had more parts than the form has fields.</summary>
public sealed record OneLineForm(IReadOnlyDictionary<string, string> Answers, int PartCount, bool TooMany);
