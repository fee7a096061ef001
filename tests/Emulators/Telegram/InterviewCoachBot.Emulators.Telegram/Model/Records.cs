namespace InterviewCoachBot.Emulators.Telegram;

/// <summary>An <c>answerCallbackQuery</c> the emulator accepted.</summary>
public sealed record CallbackAnswer(string QueryId, long UpdateId, string? Text, bool ShowAlert, string? Link);

/// <summary>One command of the bot's command menu (<c>setMyCommands</c>).</summary>
public sealed record BotCommandInfo(string Command, string Description);

/// <summary>A <c>deleteWebhook</c> call and whether it asked to drop pending updates.</summary>
public sealed record DeleteWebhookCall(bool DropPendingUpdates);

/// <summary>
/// A request the bot made, recorded when its response was decided and before it was sent (so long polls appear when they end).
/// <see cref="StatusCode"/> is 0 when the connection was dropped on purpose.
/// </summary>
public sealed record RecordedRequest(
    long Sequence,
    string Method,
    DateTimeOffset ReceivedAt,
    string BodyJson,
    IReadOnlyList<string> UploadedFileNames,
    int StatusCode,
    string? ErrorDescription,
    TelegramFaultKind? Fault);
