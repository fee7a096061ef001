namespace InterviewCoachBot.Engine.Ports;

/// <summary>A user's reminder settings.</summary>
/// <param name="On">False after <c>/nudges off</c>: nothing is planned for the user.</param>
/// <param name="QuietHours">Null for the content's default, <see cref="QuietOff"/>, or "HH:mm-HH:mm".</param>
/// <param name="UnreachableSince">Set when a send found the user unreachable; their nudges stay paused until they write again.</param>
public sealed record NudgeSettings(bool On, string? QuietHours, DateTimeOffset? UnreachableSince)
{
    public const string QuietOff = "off";

    public static NudgeSettings Default { get; } = new(true, null, null);
}
