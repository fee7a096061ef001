using InterviewCoachBot.Engine.Messages;

namespace InterviewCoachBot.Storage.Sqlite.Tests;

/// <summary>The contract adapters rely on, on a real SQLite file.</summary>
public sealed class SqlitePlatformStateStoreTests
{
    [Fact]
    public async Task GetAsync_NothingStored_ReturnsNull()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();

        Assert.Null(await temporary.CreatePlatformState().GetAsync("discord", "gateway.session", cancellationToken));
    }

    [Fact]
    public async Task SetAsync_ThenGet_ReturnsTheValue()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var state = temporary.CreatePlatformState();

        await state.SetAsync("discord", "gateway.session", "{\"seq\":7}", TestData.Now, cancellationToken);

        Assert.Equal("{\"seq\":7}", await state.GetAsync("discord", "gateway.session", cancellationToken));
    }

    [Fact]
    public async Task SetAsync_SameKeyTwice_LastValueWins()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var state = temporary.CreatePlatformState();

        await state.SetAsync("discord", "commands.hash", "first", TestData.Now, cancellationToken);
        await state.SetAsync("discord", "commands.hash", "second", TestData.Now.AddMinutes(1), cancellationToken);

        Assert.Equal("second", await state.GetAsync("discord", "commands.hash", cancellationToken));
        Assert.Equal(1, await temporary.ScalarAsync<int>("SELECT COUNT(*) FROM platform_state", null, cancellationToken));
    }

    [Fact]
    public async Task SetAsync_SameKeyOnAnotherPlatform_KeepsBothApart()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var state = temporary.CreatePlatformState();

        await state.SetAsync("discord", "key", "for discord", TestData.Now, cancellationToken);
        await state.SetAsync("telegram", "key", "for telegram", TestData.Now, cancellationToken);

        Assert.Equal("for discord", await state.GetAsync("discord", "key", cancellationToken));
        Assert.Equal("for telegram", await state.GetAsync("telegram", "key", cancellationToken));
    }

    [Fact]
    public async Task GetAsync_AfterRestart_ReturnsWhatWasStoredBefore()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        await temporary.CreatePlatformState().SetAsync("discord", "gateway.session", "resume-me", TestData.Now, cancellationToken);

        var restarted = new SqlitePlatformStateStore(temporary.OpenDatabase());

        Assert.Equal("resume-me", await restarted.GetAsync("discord", "gateway.session", cancellationToken));
    }

    [Fact]
    public async Task SetOwnedAsync_ThenGet_ReturnsTheValueUnderTheOwnersPlatform()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var state = temporary.CreatePlatformState();

        await state.SetOwnedAsync(new UserRef("discord", "4001"), "dm.user.4001", "9001", TestData.Now, cancellationToken);

        Assert.Equal("9001", await state.GetAsync("discord", "dm.user.4001", cancellationToken));
        Assert.Null(await state.GetAsync("telegram", "dm.user.4001", cancellationToken));
    }

    [Fact]
    public async Task SetOwnedAsync_OwnerForgotten_RowIsGone()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var state = temporary.CreatePlatformState();
        var ann = await TestData.CreateUserAsync(temporary.CreateStore(), "4001", cancellationToken, platform: "discord");
        await state.SetOwnedAsync(new UserRef("discord", "4001"), "dm.user.4001", "9001", TestData.Now, cancellationToken);
        await state.SetOwnedAsync(new UserRef("discord", "4001"), "dm.channel.9001", "4001", TestData.Now, cancellationToken);

        await TestData.ForgetAsync(temporary.CreateStore(), ann.Id, cancellationToken);

        Assert.Null(await state.GetAsync("discord", "dm.user.4001", cancellationToken));
        Assert.Null(await state.GetAsync("discord", "dm.channel.9001", cancellationToken));
    }

    [Fact]
    public async Task SetOwnedAsync_SomeoneElseForgotten_KeepsTheRowAndThePlatformsOwn()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var state = temporary.CreatePlatformState();
        var store = temporary.CreateStore();
        var ann = await TestData.CreateUserAsync(store, "4001", cancellationToken, platform: "discord");
        await TestData.CreateUserAsync(store, "4002", cancellationToken, platform: "discord");
        await TestData.CreateUserAsync(store, "4001", cancellationToken, platform: "telegram");
        await state.SetOwnedAsync(new UserRef("discord", "4002"), "dm.user.4002", "9002", TestData.Now, cancellationToken);
        await state.SetOwnedAsync(new UserRef("telegram", "4001"), "button:abc", "/edit 1", TestData.Now, cancellationToken);
        await state.SetAsync("discord", "gateway.session", "resume-me", TestData.Now, cancellationToken);

        await TestData.ForgetAsync(store, ann.Id, cancellationToken);

        Assert.Equal("9002", await state.GetAsync("discord", "dm.user.4002", cancellationToken));
        Assert.Equal("/edit 1", await state.GetAsync("telegram", "button:abc", cancellationToken));
        Assert.Equal("resume-me", await state.GetAsync("discord", "gateway.session", cancellationToken));
    }

    [Fact]
    public async Task SetAsync_OverAnOwnedKey_TakesTheNewOwnerWithIt()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var state = temporary.CreatePlatformState();
        var store = temporary.CreateStore();
        var ann = await TestData.CreateUserAsync(store, "4001", cancellationToken, platform: "discord");
        await TestData.CreateUserAsync(store, "4002", cancellationToken, platform: "discord");
        await state.SetOwnedAsync(new UserRef("discord", "4001"), "dm.channel.9001", "4001", TestData.Now, cancellationToken);
        await state.SetOwnedAsync(new UserRef("discord", "4002"), "dm.channel.9001", "4002", TestData.Now, cancellationToken);

        await TestData.ForgetAsync(store, ann.Id, cancellationToken);

        Assert.Equal("4002", await state.GetAsync("discord", "dm.channel.9001", cancellationToken));
    }
}
