using InterviewCoachBot.Engine.Messages;

namespace InterviewCoachBot.Engine.Nudges;

/// <summary>What to do with a claimed nudge once it was checked against the current state.</summary>
public abstract record NudgeCheck
{
    private NudgeCheck()
    {
    }

    /// <summary>It still applies: send this.</summary>
    public sealed record Send(Reply Reply) : NudgeCheck;

    /// <summary>The step it was for is done or gone.</summary>
    public sealed record Cancel : NudgeCheck;

    /// <summary>It fell due while the bot was down and now is the user's quiet time: send it when that ends.</summary>
    public sealed record Defer(DateTimeOffset Until) : NudgeCheck;

    /// <summary>It fell due while the bot was down, and by the end of quiet hours it no longer matters.</summary>
    public sealed record Skip : NudgeCheck;
}
