using InterviewCoachBot.Adapters.Discord.Messages;
using InterviewCoachBot.Emulators.Discord.Formatting;
using InterviewCoachBot.Engine.Messages;

namespace InterviewCoachBot.Adapters.Discord.Tests.Messages;

public sealed class DiscordTextTests
{
    [Theory]
    [InlineData("a*b_c~d|e>f`g\\h", "a\\*b\\_c\\~d\\|e\\>f\\`g\\\\h")]
    [InlineData("# Title\n## Sub", "\\# Title\n\\## Sub")]
    [InlineData("#1 Acme", "#1 Acme")]
    [InlineData("-# small", "\\-# small")]
    [InlineData("hi @everyone and @here", "hi @\u200Beveryone and @\u200Bhere")]
    [InlineData("@EVERYONE @Here", "@\u200BEVERYONE @\u200BHere")]
    [InlineData("<@123> <@!4> <@&5> <#6>", "<@\u200B123\\> <@!\u200B4\\> <@&\u200B5\\> <#\u200B6\\>")]
    [InlineData("plain text, 10:00.", "plain text, 10:00.")]
    [InlineData("[click](https://evil.example)", "\\[click\\](https://evil.example)")]
    [InlineData("- prepare\n  + ask\n12. thank", "\\- prepare\n  \\+ ask\n12\\. thank")]
    [InlineData("a - b, 1. c", "a - b, 1. c")]
    [InlineData("see https://x.com/a_b*c*", "see https://x.com/a_b*c*")]
    [InlineData("<https://x.com/a_b>", "\\<https://x.com/a_b>")]
    [InlineData("<<https://x.com>", "\\<\\<https://x.com>")]
    [InlineData("[https://x.com]", "\\[https://x.com]")]
    [InlineData("[x](https://example.com)] ok", "\\[x\\](https://example.com)] ok")]
    public void Escape_MarkdownAndMentions_AreNeutralised(string text, string expected)
    {
        var escaped = DiscordText.Escape(text);

        Assert.Equal(expected, escaped);
    }

    [Fact]
    public void Split_LongText_CutsAtLineBreaksWithinTheLimit()
    {
        var text = string.Join('\n', Enumerable.Range(1, 300).Select(i => $"line {i:000} with some words"));

        var pieces = DiscordText.Split(text);

        Assert.All(pieces, p => Assert.InRange(p.Length, 1, DiscordText.MaxContentLength));
        Assert.Equal(text, string.Join('\n', pieces));
    }

    [Fact]
    public void Split_NoBreaks_NeverCutsAnEscapeOrASurrogatePair()
    {
        var text = string.Concat(Enumerable.Repeat("\\*😀", 1500));

        var pieces = DiscordText.Split(text);

        Assert.Equal(text, string.Concat(pieces));
        Assert.All(pieces, p =>
        {
            Assert.True(p.Length <= DiscordText.MaxContentLength);
            Assert.False(char.IsHighSurrogate(p[^1]));
            Assert.False(p.EndsWith('\\') && !p.EndsWith("\\\\", StringComparison.Ordinal));
        });
    }

    [Fact]
    public void Split_PieceStartingWithAListMarker_StartsWithAZeroWidthSpace()
    {
        var text = string.Concat(Enumerable.Repeat("- ", 1500));

        var pieces = DiscordText.Split(DiscordText.Escape(text));

        Assert.Equal(2, pieces.Count);
        Assert.StartsWith("\\- - ", pieces[0], StringComparison.Ordinal);
        Assert.StartsWith("\u200B- ", pieces[1], StringComparison.Ordinal);
        Assert.All(pieces, piece => Assert.InRange(piece.Length, 1, DiscordText.MaxContentLength));
    }

    [Fact]
    public void Split_UrlLongerThanAMessage_NoLinkComesAliveInTheNextPiece()
    {
        // One "URL" of 2,200 characters (no white space) with masked links inside: whole, it shows as typed, but the next
        // message starts mid-URL, where Discord reads no URL, so its links would become live unless escaped there.
        var text = "https://example.com/" + string.Concat(Enumerable.Repeat("[x](https://example.com)jmfri", 75));

        var pieces = DiscordText.Split(DiscordText.Escape(text));

        Assert.Equal(2, pieces.Count);
        Assert.All(pieces, piece => Assert.Empty(DiscordMarkdown.Render(piece).Markup));
        Assert.Equal(text, string.Concat(pieces.Select(piece => DiscordMarkdown.Render(piece).Shown)));
    }

    [Fact]
    public void WithTimestamps_EachShownTime_IsFollowedByADiscordTimestampOnce()
    {
        var deadline = new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);
        var moments = new[] { new ShownMoment(deadline, "tomorrow 09:00") };

        var content = DiscordText.WithTimestamps("Send it by tomorrow 09:00. Again: tomorrow 09:00.", moments);

        Assert.Equal("Send it by tomorrow 09:00 (<t:1795507200:f>). Again: tomorrow 09:00.", content);
    }
}
