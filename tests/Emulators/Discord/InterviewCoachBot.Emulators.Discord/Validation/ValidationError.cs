namespace InterviewCoachBot.Emulators.Discord.Validation;

/// <summary>One field error: JSON path segments (property names or array indexes), Discord code and message.</summary>
internal sealed record ValidationError(IReadOnlyList<string> Path, string Code, string Message)
{
    public string PathText => Path.Count == 0 ? "(body)" : string.Join('.', Path);
}
