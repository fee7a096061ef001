using System.Text;

namespace InterviewCoachBot.Emulators.Discord;

/// <summary>A file the bot uploaded (multipart <c>files[n]</c>) and the emulator attached to a message.</summary>
/// <param name="Id">The attachment snowflake in the message's <c>attachments</c>.</param>
/// <param name="FileName">The name the message shows: the <c>attachments</c> entry's <c>filename</c>, else the part's file name.</param>
/// <param name="ContentType">The part's <c>Content-Type</c>, if any.</param>
/// <param name="Content">The bytes as uploaded.</param>
public sealed record ReceivedAttachment(string Id, string FileName, string? ContentType, ReadOnlyMemory<byte> Content)
{
    /// <summary>The bytes read as UTF-8.</summary>
    public string Text => Encoding.UTF8.GetString(Content.Span);
}
