using InterviewCoachBot.Engine.Messages;

namespace InterviewCoachBot.Storage.Sqlite;

/// <summary>The stored JSON form of a <see cref="Reply"/>; optional parts are left out when empty.</summary>
/// <remarks>Its own type, not <see cref="Reply"/> itself, so that a change to the engine's record cannot silently change stored rows.</remarks>
internal sealed record ReplyPayload(
    string Text,
    IReadOnlyList<IReadOnlyList<ReplyPayload.Button>>? Buttons = null,
    ReplyPayload.Attachment? Document = null)
{
    public static ReplyPayload From(Reply reply)
    {
        var buttons = reply.Buttons.Count == 0
            ? null
            : reply.Buttons.Select(row => (IReadOnlyList<Button>)[.. row.Select(button => new Button(button.Label, button.Data))]).ToList();
        var document = reply.Document is { } file ? new Attachment(file.FileName, file.MediaType, file.Content) : null;
        return new ReplyPayload(reply.Text, buttons, document);
    }

    public Reply ToReply()
    {
        IReadOnlyList<IReadOnlyList<ReplyButton>> buttons = Buttons is null
            ? []
            : [.. Buttons.Select(row => (IReadOnlyList<ReplyButton>)[.. row.Select(button => new ReplyButton(button.Label, button.Data))])];
        return new Reply(Text, buttons)
        {
            Document = Document is { } file ? new ReplyDocument(file.FileName, file.MediaType, file.Content) : null,
        };
    }

    /// <param name="Data">The action the button carries back to the engine.</param>
    internal sealed record Button(string Label, string Data);

    /// <param name="Content">Serialized as base64.</param>
    internal sealed record Attachment(string FileName, string MediaType, byte[] Content);
}
