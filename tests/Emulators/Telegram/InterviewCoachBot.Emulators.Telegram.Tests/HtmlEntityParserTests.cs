using InterviewCoachBot.Emulators.Telegram.Formatting;

namespace InterviewCoachBot.Emulators.Telegram.Tests;

public sealed class HtmlEntityParserTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("<b>b</b><strong>s</strong><i>i</i><em>e</em><u>u</u><ins>n</ins><s>s</s><strike>k</strike><del>d</del>", "bsieunskd")]
    [InlineData("<span class=\"tg-spoiler\">x</span><tg-spoiler>y</tg-spoiler>", "xy")]
    [InlineData("<a href=\"https://example.org/?a=1&amp;b=2\">link</a>", "link")]
    [InlineData("<pre><code class=\"language-csharp\">var x = 1 &lt; 2;</code></pre>", "var x = 1 < 2;")]
    [InlineData("<blockquote expandable>q</blockquote>", "q")]
    [InlineData("<tg-emoji emoji-id=\"5368324170671202286\">👍</tg-emoji>", "👍")]
    [InlineData("&lt;&gt;&amp;&quot;&#65;&#x42;", "<>&\"AB")]
    [InlineData("AT&T &nbsp; 1 > 0", "AT&T &nbsp; 1 > 0")]
    [InlineData("<B>upper</B>", "upper")]
    [InlineData("<b>a <i>nested</i> b</b>", "a nested b")]
    public void Parse_AllowedHtml_PlainTextAfterEntities(string html, string plain)
    {
        Assert.Equal(plain, HtmlEntityParser.Parse(html).Plain);
    }

    [Theory]
    [InlineData("1 < 2", "Unsupported start tag \"\" at byte offset 2")]
    [InlineData("<p>x</p>", "Unsupported start tag \"p\" at byte offset 0")]
    [InlineData("é<b>x", "Can't find end tag corresponding to start tag \"b\"")]
    [InlineData("<b>x</i>", "Unmatched end tag at byte offset 4, expected \"</b>\", found \"</i>\"")]
    [InlineData("x</b>", "Unexpected end tag at byte offset 1")]
    [InlineData("<b", "Unclosed start tag at byte offset 0")]
    [InlineData("<b>x</b", "Unclosed end tag at byte offset 4")]
    [InlineData("<span class=\"other\">x</span>", "Tag \"span\" must have class \"tg-spoiler\" at byte offset 0")]
    [InlineData("<a href=\"x>y</a>", "Unclosed start tag at byte offset 0")]
    [InlineData("éé<br>", "Unsupported start tag \"br\" at byte offset 4")]
    public void Parse_MalformedHtml_TdlibStyleError(string html, string error)
    {
        var ex = Assert.Throws<HtmlParseException>(() => HtmlEntityParser.Parse(html));

        Assert.Equal(error, ex.Message);
    }

    [Fact]
    public void Parse_NestedTags_EntitiesWithUtf16Offsets()
    {
        var parsed = HtmlEntityParser.Parse("👍 <b>bold <i>both</i></b> <a href=\"https://t.me\">t</a>");

        Assert.Equal("👍 bold both t", parsed.Plain);
        Assert.Equal(
            [new TextEntity("bold", 3, 9), new TextEntity("italic", 8, 4), new TextEntity("text_link", 13, 1, Url: "https://t.me")],
            parsed.Entities);
        Assert.Equal(13, parsed.Length);
    }
}
