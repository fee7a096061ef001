namespace InterviewCoachBot.Adapters.Telegram.Tests;

public sealed class TelegramTextTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("<b>&", "&lt;b&gt;&amp;")]
    [InlineData("a &amp; b", "a &amp;amp; b")]
    [InlineData("\"quoted\"", "\"quoted\"")]
    public void EscapeHtml_SpecialCharacters_Escaped(string text, string html) => Assert.Equal(html, TelegramText.EscapeHtml(text));

    [Fact]
    public void Split_ShortText_OnePart() => Assert.Equal(["hello"], TelegramText.Split("hello"));

    [Fact]
    public void Split_LongLine_CutAtSpaces()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 3000));

        var parts = TelegramText.Split(text);

        Assert.All(parts, part => Assert.InRange(part.Length, 2048, 4096));
        Assert.All(parts, part => Assert.True(part.StartsWith("word", StringComparison.Ordinal) && part.EndsWith("word", StringComparison.Ordinal)));
        Assert.Equal(text, string.Join(' ', parts));
    }

    [Fact]
    public void Split_NoBreakAtAll_HardCutNeverSplitsASurrogatePair()
    {
        var text = "x" + string.Concat(Enumerable.Repeat("😀", 3000));

        var parts = TelegramText.Split(text);

        Assert.All(parts, part => Assert.InRange(part.Length, 1, 4096));
        Assert.All(parts, part => Assert.False(char.IsHighSurrogate(part[^1])));
        Assert.Equal(text, string.Concat(parts));
    }

    [Fact]
    public void Split_PrefersParagraphOverLine()
    {
        var text = new string('a', 3000) + "\n\n" + new string('b', 500) + "\n" + new string('c', 1000);

        var parts = TelegramText.Split(text);

        Assert.Equal([new string('a', 3000), new string('b', 500) + "\n" + new string('c', 1000)], parts);
    }
}
