using InterviewCoachBot.Adapters.Discord.Messages;
using InterviewCoachBot.Adapters.Discord.Tests.Gateway;
using Microsoft.Extensions.Time.Testing;

namespace InterviewCoachBot.Adapters.Discord.Tests.Messages;

public sealed class CustomIdsTests
{
    private readonly InMemoryPlatformState state = new();

    [Fact]
    public async Task EncodeAsync_ShortData_IsOwnerColonData()
    {
        var ids = new CustomIds(state, new FakeTimeProvider());

        var id = await ids.EncodeAsync("4001", "=email", TestContext.Current.CancellationToken);
        var decoded = await ids.DecodeAsync(id, TestContext.Current.CancellationToken);

        Assert.Equal("4001:=email", id);
        Assert.Equal(new PressedId("4001", "=email", false), decoded);
        Assert.Empty(state.Values);
    }

    [Fact]
    public async Task EncodeAsync_LongData_IsStoredUnderAHashAndFitsDiscord()
    {
        var ids = new CustomIds(state, new FakeTimeProvider());
        var data = "/edit 2 " + new string('x', 120);

        var id = await ids.EncodeAsync("123456789012345678", data, TestContext.Current.CancellationToken);
        var decoded = await ids.DecodeAsync(id, TestContext.Current.CancellationToken);

        Assert.True(id.Length <= CustomIds.MaxLength);
        Assert.Equal(data, decoded!.Data);
        Assert.Equal("123456789012345678", decoded.OwnerId);
    }

    [Theory]
    [InlineData("no-colon")]
    [InlineData(":=email")]
    public async Task DecodeAsync_NotOurs_IsNull(string customId)
    {
        var ids = new CustomIds(state, new FakeTimeProvider());

        Assert.Null(await ids.DecodeAsync(customId, TestContext.Current.CancellationToken));
    }
}
