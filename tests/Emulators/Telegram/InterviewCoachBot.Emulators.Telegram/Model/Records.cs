namespace InterviewCoachBot.Emulators.Telegram;

/// <summary>An <c>answerCallbackQuery</c> the emulator accepted.</summary>
public sealed record CallbackAnswer(string QueryId, long UpdateId, string? Text, bool ShowAlert, string? Link);

/// <summary>One command of the bot's command menu (<c>setMyCommands</c>).</summary>
public sealed record BotCommandInfo(string Command, string Description);

/// <summary>A <c>deleteWebhook</c> call and whether it asked to drop pending updates.</summary>
public sealed record DeleteWebhookCall(bool DropPendingUpdates);

/// <summary>
/// A request the bot made, recorded when its response was decided and before it was sent (so long polls appear when they end).
/// <see cref="StatusCode"/> is 0 when the connection was dropped on purpose; a 200 whose <see cref="ErrorDescription"/> is
/// <see cref="TookEffectAfterClientGaveUp"/> took effect although its client had timed out (it never saw the answer).
/// </summary>
public sealed record RecordedRequest(
    long Sequence,
    string Method,
    DateTimeOffset ReceivedAt,
    string BodyJson,
    IReadOnlyList<string> UploadedFileNames,
    int StatusCode,
    string? ErrorDescription,
    TelegramFaultKind? Fault)
{
    public const string TookEffectAfterClientGaveUp = "took effect after the client gave up";

    /// <summary>The method took effect but the client never got the answer: a dropped connection after the effect, or a
    /// client that timed out first. The client cannot know it worked.</summary>
    public bool AcceptedButUnanswered =>
        Fault is TelegramFaultKind.DropConnectionAfterEffect or TelegramFaultKind.CutAnswerAfterEffect || ErrorDescription == TookEffectAfterClientGaveUp;
}
