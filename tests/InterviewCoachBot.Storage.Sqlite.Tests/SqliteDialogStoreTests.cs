using InterviewCoachBot.Engine.Model;

namespace InterviewCoachBot.Storage.Sqlite.Tests;

public sealed class SqliteDialogStoreTests
{
    [Fact]
    public async Task GetAsync_NothingSaved_ReturnsNull()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var store = temporary.CreateStore();
        var user = await TestData.CreateUserAsync(store, "alice", cancellationToken);
        await using var transaction = await store.BeginAsync(cancellationToken);

        var state = await transaction.Dialogs.GetAsync(user.Id, "chat-1", cancellationToken);

        Assert.Null(state);
    }

    [Fact]
    public async Task SaveAsync_ThenGetInALaterTransaction_ReturnsSameKindStepValuesAndTime()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var store = temporary.CreateStore();
        var user = await TestData.CreateUserAsync(store, "alice", cancellationToken);
        var values = new Dictionary<string, string> { ["company"] = "Acme \"Labs\" <b>", ["role"] = "Ingénieur 東京", ["empty"] = "" };
        await using (var save = await store.BeginAsync(cancellationToken))
        {
            await save.Dialogs.SaveAsync(user.Id, "chat-1", new DialogState("interview-add", "when", values, TestData.Now), cancellationToken);
            await save.CommitAsync(cancellationToken);
        }

        await using var transaction = await store.BeginAsync(cancellationToken);
        var state = await transaction.Dialogs.GetAsync(user.Id, "chat-1", cancellationToken);

        Assert.NotNull(state);
        Assert.Equal(("interview-add", "when"), (state.Kind, state.Step));
        Assert.Equal(values.OrderBy(pair => pair.Key, StringComparer.Ordinal), state.Values.OrderBy(pair => pair.Key, StringComparer.Ordinal));
        Assert.Equal(TestData.Now.UtcTicks, state.UpdatedAt.UtcTicks);
        Assert.Equal(TimeSpan.Zero, state.UpdatedAt.Offset);
    }

    [Fact]
    public async Task SaveAsync_SecondStep_ReplacesTheFirst()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var store = temporary.CreateStore();
        var user = await TestData.CreateUserAsync(store, "alice", cancellationToken);
        var first = new DialogState("interview-add", "company", new Dictionary<string, string>(), TestData.Now);
        var second = first.With("company", "Acme", "role", TestData.Now.AddMinutes(1));
        await using var transaction = await store.BeginAsync(cancellationToken);
        await transaction.Dialogs.SaveAsync(user.Id, "chat-1", first, cancellationToken);

        await transaction.Dialogs.SaveAsync(user.Id, "chat-1", second, cancellationToken);

        var state = await transaction.Dialogs.GetAsync(user.Id, "chat-1", cancellationToken);
        Assert.Equal("role", state!.Step);
        Assert.Equal("Acme", state.Value("company"));
        Assert.Equal(second.UpdatedAt, state.UpdatedAt);
    }

    [Fact]
    public async Task ClearAsync_SavedDialog_RemovesOnlyThatChat()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var store = temporary.CreateStore();
        var user = await TestData.CreateUserAsync(store, "alice", cancellationToken);
        var state = new DialogState("interview-add", "company", new Dictionary<string, string>(), TestData.Now);
        await using var transaction = await store.BeginAsync(cancellationToken);
        await transaction.Dialogs.SaveAsync(user.Id, "chat-1", state, cancellationToken);
        await transaction.Dialogs.SaveAsync(user.Id, "chat-2", state, cancellationToken);

        await transaction.Dialogs.ClearAsync(user.Id, "chat-1", cancellationToken);

        Assert.Null(await transaction.Dialogs.GetAsync(user.Id, "chat-1", cancellationToken));
        Assert.NotNull(await transaction.Dialogs.GetAsync(user.Id, "chat-2", cancellationToken));
    }

    [Fact]
    public async Task GetAsync_OtherUsersChat_ReturnsNull()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var store = temporary.CreateStore();
        var alice = await TestData.CreateUserAsync(store, "alice", cancellationToken);
        var bob = await TestData.CreateUserAsync(store, "bob", cancellationToken);
        await using var transaction = await store.BeginAsync(cancellationToken);
        await transaction.Dialogs.SaveAsync(alice.Id, "group-chat", new("interview-add", "company", new Dictionary<string, string>(), TestData.Now), cancellationToken);

        var state = await transaction.Dialogs.GetAsync(bob.Id, "group-chat", cancellationToken);

        Assert.Null(state);
    }
}
