namespace InterviewCoachBot.Adapters.Telegram.Tests;

public sealed class Base36Tests
{
    [Theory]
    [InlineData(0L, "0")]
    [InlineData(35L, "z")]
    [InlineData(123456789L, "21i3v9")]
    [InlineData(long.MaxValue, "1y2p0ij32e8e7")]
    public void EncodeDecode_RoundTrips(long value, string text)
    {
        Assert.Equal(text, Base36.Encode(value));
        Assert.True(Base36.TryDecode(text, out var back));
        Assert.Equal(value, back);
    }

    [Theory]
    [InlineData("")]
    [InlineData("A")]
    [InlineData("-1")]
    [InlineData("zzzzzzzzzzzzzz")]
    [InlineData("1y2p0ij32e8e8")]
    public void TryDecode_NotBase36OrTooBig_False(string text) => Assert.False(Base36.TryDecode(text, out _));
}
