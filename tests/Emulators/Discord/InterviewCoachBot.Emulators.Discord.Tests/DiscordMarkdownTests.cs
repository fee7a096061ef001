using InterviewCoachBot.Emulators.Discord.Formatting;

namespace InterviewCoachBot.Emulators.Discord.Tests;

public sealed class DiscordMarkdownTests
{
    [Theory]
    [InlineData("a \\*b\\* c", "a *b* c")]
    [InlineData("\\\\ and \\_", "\\ and _")]
    [InlineData("\\a \\1 \\ x", "\\a \\1 \\ x")]
    [InlineData("\\# Title", "# Title")]
    [InlineData("\\😀", "😀")]
    public void Render_Escapes_ShowTheCharacterWithoutTheBackslash(string content, string shown)
    {
        var rendered = DiscordMarkdown.Render(content);

        Assert.Equal(shown, rendered.Shown);
        Assert.Empty(rendered.Markup);
    }

    [Theory]
    [InlineData("**bold**", "bold **")]
    [InlineData("*a* b", "italic *")]
    [InlineData("snake_case_name", "italic _")]
    [InlineData("`x`", "code `")]
    [InlineData("~~gone~~", "strikethrough ~~")]
    [InlineData("||secret||", "spoiler ||")]
    [InlineData("> quoted", "block quote >")]
    [InlineData("x\n  >>> all", "block quote >>>")]
    [InlineData("## Big", "heading ##")]
    [InlineData("-# small", "subtext -#")]
    [InlineData("- item", "list -")]
    [InlineData("12. item", "list 12.")]
    [InlineData("[here](https://example.com)", "masked link [here](https://example.com)")]
    [InlineData("see <https://example.com>", "angle-bracket link <https://example.com>")]
    [InlineData("<https://example.com\\>", "angle-bracket link <https://example.com\\>")]
    [InlineData("hi @everyone", "mass mention @everyone")]
    [InlineData("<@123>", "user mention <@123>")]
    [InlineData("<@!123>", "user mention <@!123>")]
    [InlineData("<@&5>", "role mention <@&5>")]
    [InlineData("<#6>", "channel mention <#6>")]
    [InlineData("</help:7>", "command mention </help:7>")]
    [InlineData("<:cat:8>", "custom emoji <:cat:8>")]
    [InlineData("<t:1795507200:f>", "timestamp <t:1795507200:f>")]
    public void Render_ActiveSyntax_IsReported(string content, string markup)
    {
        Assert.Contains(markup, DiscordMarkdown.Render(content).Markup);
    }

    [Theory]
    [InlineData("\\*\\*bold\\*\\*")]
    [InlineData("\\- item")]
    [InlineData("1\\. item")]
    [InlineData("\\> quoted")]
    [InlineData("@\u200Beveryone <@\u200B123\\>")]
    [InlineData("a * b")]
    [InlineData("#1 Acme - Backend")]
    [InlineData("\\<https://example.com>")]
    [InlineData("https://example.com/a_b_c*d*")]
    public void Render_EscapedOrHarmless_HasNoMarkup(string content)
    {
        Assert.Empty(DiscordMarkdown.Render(content).Markup);
    }

    [Fact]
    public void Render_Url_IsShownAsTypedWithItsBackslashes()
    {
        var rendered = DiscordMarkdown.Render("go to https://example.com/a\\_b_c now \\_");

        Assert.Equal("go to https://example.com/a\\_b_c now _", rendered.Shown);
        Assert.Empty(rendered.Markup);
    }
}
