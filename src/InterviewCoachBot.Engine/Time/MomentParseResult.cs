namespace InterviewCoachBot.Engine.Time;

/// <summary>What <see cref="MomentParser"/> made of the user's text.</summary>
public abstract record MomentParseResult
{
    // Only the cases below exist, so callers can switch over them exhaustively.
    private MomentParseResult()
    {
    }

    /// <summary>The text named exactly one instant.</summary>
    /// <param name="Utc">That instant, with offset zero.</param>
    public sealed record Parsed(DateTimeOffset Utc) : MomentParseResult;

    /// <summary>The text could not be used.</summary>
    /// <param name="Reason">Says what is wrong and ends with an example the user can type.</param>
    public sealed record Rejected(string Reason) : MomentParseResult;

    /// <summary>A wall time the clocks pass twice when they go back; the user has to pick one.</summary>
    /// <param name="Local">The wall time as typed, in the user's zone.</param>
    /// <param name="Earlier">The first occurrence, in UTC.</param>
    /// <param name="Later">The second occurrence, in UTC.</param>
    public sealed record AmbiguousLocalTime(DateTime Local, DateTimeOffset Earlier, DateTimeOffset Later) : MomentParseResult;
}
