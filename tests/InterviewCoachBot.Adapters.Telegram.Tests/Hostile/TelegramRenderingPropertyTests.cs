using System.Text;
using CsCheck;
using InterviewCoachBot.Emulators.Telegram.Formatting;
using InterviewCoachBot.Testing;

namespace InterviewCoachBot.Adapters.Telegram.Tests.Hostile;

/// <summary>
/// 10,000 hostile texts rendered as the messenger does (split, then HTML-escaped) and parsed the way Telegram parses
/// <c>parse_mode=HTML</c> (the emulator's parser): the HTML is accepted, carries no entity at all, every part fits 4096
/// characters after parsing, and the parts together show exactly the text, in order.
/// </summary>
public sealed class TelegramRenderingPropertyTests
{
    [Fact]
    public void Render_TenThousandHostileTexts_TelegramShowsExactlyTheText()
    {
        HostileText.Any(limit: TelegramText.MaxMessageLength).Sample(text =>
        {
            var parts = TelegramText.Split(text);
            var shown = new StringBuilder();
            foreach (var part in parts)
            {
                var parsed = HtmlEntityParser.Parse(TelegramText.EscapeHtml(part));

                Assert.Empty(parsed.Entities);
                Assert.Equal(part, parsed.Plain);
                Assert.InRange(parsed.Length, 0, TelegramText.MaxMessageLength);
                Assert.False(parts.Count > 1 && string.IsNullOrWhiteSpace(part), "an empty part between parts");
                shown.Append(parsed.Plain);
            }

            // Parts are cut at white space, which is dropped at the cut; everything else is shown, in order.
            Assert.Equal(WithoutWhiteSpace(text), WithoutWhiteSpace(shown.ToString()));
        }, iter: 10_000);
    }

    private static string WithoutWhiteSpace(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
