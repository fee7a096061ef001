using InterviewCoachBot.Emulators.Telegram.Formatting;

namespace InterviewCoachBot.Emulators.Telegram;

/// <summary>
/// A message the bot sent, as it currently stands (after any edits). Snapshots are immutable: an edit
/// produces a new snapshot with a higher <see cref="Version"/>.
/// </summary>
public sealed record BotMessage
{
    public required long ChatId { get; init; }

    public required long MessageId { get; init; }

    /// <summary>The text exactly as the bot sent it (e.g. raw HTML); <c>null</c> for documents.</summary>
    public string? Text { get; init; }

    /// <summary>The <c>parse_mode</c> as sent, e.g. <c>"Html"</c> from Telegram.Bot or <c>"HTML"</c> from grammY.</summary>
    public string? ParseMode { get; init; }

    /// <summary>Text or caption after entity parsing (what the user reads).</summary>
    public string? PlainText { get; init; }

    /// <summary>The <c>reply_markup</c> JSON as sent, or <c>null</c>.</summary>
    public string? ReplyMarkupJson { get; init; }

    /// <summary>Rows of inline keyboard buttons (empty when there is no inline keyboard).</summary>
    public IReadOnlyList<IReadOnlyList<BotButton>> InlineKeyboard { get; init; } = [];

    /// <summary>The uploaded document, for <c>sendDocument</c>.</summary>
    public BotDocument? Document { get; init; }

    /// <summary>The caption as sent (documents).</summary>
    public string? Caption { get; init; }

    public required DateTimeOffset Date { get; init; }

    public DateTimeOffset? EditDate { get; init; }

    /// <summary>0 when sent, +1 per successful edit.</summary>
    public int Version { get; init; }

    /// <summary>All callback_data values of the inline keyboard, row by row.</summary>
    public IEnumerable<string> CallbackData =>
        InlineKeyboard.SelectMany(row => row).Select(b => b.CallbackData).OfType<string>();

    internal FormattedText? Formatted { get; init; }
}

/// <summary>An inline keyboard button.</summary>
public sealed record BotButton(string Text, string? CallbackData, string? Link);

/// <summary>A document the bot uploaded.</summary>
public sealed record BotDocument(string FileId, string FileName, string? MimeType, ReadOnlyMemory<byte> Content);
