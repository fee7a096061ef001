using InterviewCoachBot.Adapters.Discord.Messages;
using Microsoft.Extensions.Time.Testing;

namespace InterviewCoachBot.Adapters.Discord.Tests.Messages;

public sealed class CustomIdsTests : IAsyncDisposable
{
    private readonly PlatformStateFile state = new();

    [Fact]
    public async Task EncodeAsync_ShortData_IsOwnerColonData()
    {
        var ids = new CustomIds(state.Store, new FakeTimeProvider());

        var id = await ids.EncodeAsync("4001", "=email", TestContext.Current.CancellationToken);
        var decoded = await ids.DecodeAsync(id, TestContext.Current.CancellationToken);

        Assert.Equal("4001:=email", id);
        Assert.Equal(new PressedId("4001", "=email", false), decoded);
        Assert.Equal(0, await state.CountAsync());
    }

    [Fact]
    public async Task EncodeAsync_LongData_IsStoredUnderAHashAndFitsDiscord()
    {
        var ids = new CustomIds(state.Store, new FakeTimeProvider());
        var data = "/edit 2 " + new string('x', 120);

        var id = await ids.EncodeAsync("123456789012345678", data, TestContext.Current.CancellationToken);
        var decoded = await ids.DecodeAsync(id, TestContext.Current.CancellationToken);

        Assert.True(id.Length <= CustomIds.MaxLength);
        Assert.Equal(data, decoded!.Data);
        Assert.Equal("123456789012345678", decoded.OwnerId);
    }

    [Fact]
    public async Task EncodeAsync_SameLongDataForTwoUsers_StoresARowOwnedByEach()
    {
        var ids = new CustomIds(state.Store, new FakeTimeProvider());
        var data = "/edit 2 " + new string('x', 120);

        var ann = await ids.EncodeAsync("4001", data, TestContext.Current.CancellationToken);
        var bob = await ids.EncodeAsync("4002", data, TestContext.Current.CancellationToken);

        Assert.Equal("4001", await state.OwnerAsync("button." + ann[(ann.IndexOf('#', StringComparison.Ordinal) + 1)..]));
        Assert.Equal("4002", await state.OwnerAsync("button." + bob[(bob.IndexOf('#', StringComparison.Ordinal) + 1)..]));
    }

    [Theory]
    [InlineData("no-colon")]
    [InlineData(":=email")]
    public async Task DecodeAsync_NotOurs_IsNull(string customId)
    {
        var ids = new CustomIds(state.Store, new FakeTimeProvider());

        Assert.Null(await ids.DecodeAsync(customId, TestContext.Current.CancellationToken));
    }

    public ValueTask DisposeAsync() => state.DisposeAsync();
}
