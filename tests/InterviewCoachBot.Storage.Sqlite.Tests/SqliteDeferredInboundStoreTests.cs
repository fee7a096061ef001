using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Ports;

namespace InterviewCoachBot.Storage.Sqlite.Tests;

public sealed class SqliteDeferredInboundStoreTests
{
    private static readonly UserRef Ann = new("telegram", "ann");
    private static readonly UserRef Bob = new("telegram", "bob");

    [Fact]
    public async Task First_SeveralWaiting_ReturnsTheUsersOldestWithItsContentAndContext()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var store = new SqliteDeferredInboundStore(temporary.Database);
        await store.AddAsync(new Inbound(Bob, "chat-bob", new TextInput("bob's"), "b1"), "ctx-b1", TestData.Now, cancellationToken);
        await store.AddAsync(new Inbound(Ann, "chat-ann", new CommandInput("interview", "Acme | Dev"), "a1", "Europe/Berlin"), "ctx-a1", TestData.Now, cancellationToken);
        await store.AddAsync(new Inbound(Ann, "chat-ann", new ButtonInput("=email"), "a2"), "ctx-a2", TestData.Now, cancellationToken);

        var first = await store.FirstAsync(Ann, cancellationToken);

        Assert.NotNull(first);
        Assert.Equal(new Inbound(Ann, "chat-ann", new CommandInput("interview", "Acme | Dev"), "a1", "Europe/Berlin"), first.Inbound);
        Assert.Equal("ctx-a1", first.Context);
    }

    [Fact]
    public async Task Remove_TheOldest_NextOneComesUpInOrder()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var store = new SqliteDeferredInboundStore(temporary.Database);
        await store.AddAsync(new Inbound(Ann, "chat-ann", new TextInput("one"), "a1"), string.Empty, TestData.Now, cancellationToken);
        await store.AddAsync(new Inbound(Ann, "chat-ann", new ButtonInput("=email"), "a2"), string.Empty, TestData.Now, cancellationToken);

        await store.RemoveAsync((await store.FirstAsync(Ann, cancellationToken))!.Id, cancellationToken);
        var second = await store.FirstAsync(Ann, cancellationToken);
        await store.RemoveAsync(second!.Id, cancellationToken);

        Assert.Equal(new ButtonInput("=email"), second.Inbound.Content);
        Assert.Null(await store.FirstAsync(Ann, cancellationToken));
    }

    [Fact]
    public async Task First_AWaitingForm_ComesBackWithEveryValue()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var store = new SqliteDeferredInboundStore(temporary.Database);
        var values = new Dictionary<string, string> { ["company"] = "Acme", ["interviewers"] = "" };
        await store.AddAsync(new Inbound(Ann, "chat-ann", new FormInput(values), "a1"), string.Empty, TestData.Now, cancellationToken);

        var form = Assert.IsType<FormInput>((await store.FirstAsync(Ann, cancellationToken))!.Inbound.Content);

        Assert.Equal(values, form.Values);
    }

    [Fact]
    public async Task Add_SameDedupeKeyTwice_KeptOnce()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var store = new SqliteDeferredInboundStore(temporary.Database);
        var inbound = new Inbound(Ann, "chat-ann", new TextInput("one"), "a1");

        var first = await store.AddAsync(inbound, string.Empty, TestData.Now, cancellationToken);
        var again = await store.AddAsync(inbound, string.Empty, TestData.Now, cancellationToken);

        Assert.True(first);
        Assert.False(again);
        Assert.Equal([new DeferredBacklog(Ann, 1)], await store.ListBacklogsAsync(cancellationToken));
    }

    [Fact]
    public async Task ListBacklogs_TwoUsers_CountsEach()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var store = new SqliteDeferredInboundStore(temporary.Database);
        await store.AddAsync(new Inbound(Ann, "chat-ann", new TextInput("one"), "a1"), string.Empty, TestData.Now, cancellationToken);
        await store.AddAsync(new Inbound(Ann, "chat-ann", new TextInput("two"), "a2"), string.Empty, TestData.Now, cancellationToken);
        await store.AddAsync(new Inbound(Bob, "chat-bob", new TextInput("one"), "b1"), string.Empty, TestData.Now, cancellationToken);

        var backlogs = await store.ListBacklogsAsync(cancellationToken);

        Assert.Equal([new DeferredBacklog(Ann, 2), new DeferredBacklog(Bob, 1)], backlogs.OrderBy(backlog => backlog.User.ExternalId));
    }
}
