using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CsCheck;
using InterviewCoachBot.Adapters.Discord.Messages;
using InterviewCoachBot.Emulators.Discord.Formatting;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Testing;
using Microsoft.Extensions.Time.Testing;

namespace InterviewCoachBot.Adapters.Discord.Tests.Hostile;

/// <summary>
/// 10,000 hostile texts rendered as message bodies and read the way a Discord client reads content (the emulator's
/// markdown reader): every piece fits 2000 characters, pings nobody (<c>allowed_mentions: {parse: []}</c>), has no active
/// markdown or mention, and the pieces together show exactly the typed text.
/// </summary>
public sealed partial class DiscordRenderingPropertyTests : IAsyncDisposable
{
    private const char ZeroWidthSpace = '\u200B';

    private readonly PlatformStateFile state = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Build_TenThousandHostileTexts_DiscordShowsExactlyTheText()
    {
        var builder = new DiscordMessageBuilder(new CustomIds(state.Store, new FakeTimeProvider()));

        // Left out: "<https://...>" right after another URL, which cannot be escaped (see DiscordText.Escape).
        HostileText.Any(limit: DiscordText.MaxContentLength).Where(text => !UrlThenAngleLink().IsMatch(text)).Sample(text =>
        {
            var bodies = builder.BuildAsync(new Reply(text), new MessageOptions("1", Ephemeral: false), Ct).GetAwaiter().GetResult();
            var shown = new StringBuilder();
            foreach (var body in bodies.Select(message => message.Body))
            {
                var content = body["content"]!.GetValue<string>();
                var rendered = DiscordMarkdown.Render(content);

                Assert.InRange(content.EnumerateRunes().Count(), 0, DiscordText.MaxContentLength);
                Assert.Empty(Assert.IsType<JsonArray>(body["allowed_mentions"]!["parse"]));
                Assert.Empty(rendered.Markup);
                shown.Append(rendered.Shown);
            }

            // Pieces are cut at white space, and mentions are broken with zero-width spaces: neither is text the user sees.
            Assert.Equal(Visible(text), Visible(shown.ToString()));
        }, iter: 10_000);
    }

    public ValueTask DisposeAsync() => state.DisposeAsync();

    [GeneratedRegex("https?://[^\\s<]+<[^: >]+:/")]
    private static partial Regex UrlThenAngleLink();

    private static string Visible(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c != ZeroWidthSpace));
}
