namespace InterviewCoachBot.Engine.Messages;

/// <summary>A platform-neutral message to the user: plain text (adapters escape it) and optional rows of buttons.</summary>
public sealed record Reply(string Text, IReadOnlyList<IReadOnlyList<ReplyButton>> Buttons)
{
    public Reply(string text)
        : this(text, [])
    {
    }

    /// <summary>An optional file sent with the message, such as an export.</summary>
    public ReplyDocument? Document { get; init; }

    /// <summary>
    /// True when this reply is a new state of the message whose button was pressed (a checklist with one more tick):
    /// platforms that can edit messages replace that message instead of sending a new one.
    /// </summary>
    public bool ReplacesPressedMessage { get; init; }

    /// <summary>True when the reply asks for typed text (a name, a date, a note), so platforms without a text box can offer one.</summary>
    public bool ExpectsText { get; init; }

    /// <summary>The typed answers still missing, for platforms that can ask several in one form; null when there is none.</summary>
    public ReplyForm? Form { get; init; }

    /// <summary>
    /// A stable key for this message across retries (a nudge's id), so platforms that can deduplicate sends (Discord's
    /// nonce) never deliver it twice.
    /// </summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>The times written in <see cref="Text"/>, so platforms can also show each in the reader's own zone.</summary>
    public IReadOnlyList<ShownMoment> Moments { get; init; } = [];
}
