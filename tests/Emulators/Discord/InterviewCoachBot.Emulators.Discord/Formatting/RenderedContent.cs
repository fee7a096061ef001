namespace InterviewCoachBot.Emulators.Discord.Formatting;

/// <summary>What a Discord client shows for a message's <c>content</c>.</summary>
/// <param name="Shown">The text a reader sees, with escaping backslashes gone (URLs are shown as typed).</param>
/// <param name="Markup">Each piece of markdown or mention syntax that is active, such as <c>bold **</c> or <c>user mention &lt;@1&gt;</c>.</param>
public sealed record RenderedContent(string Shown, IReadOnlyList<string> Markup);
