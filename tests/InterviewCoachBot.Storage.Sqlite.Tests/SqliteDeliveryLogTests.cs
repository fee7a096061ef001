using Dapper;
using InterviewCoachBot.Engine.Messages;

namespace InterviewCoachBot.Storage.Sqlite.Tests;

public sealed class SqliteDeliveryLogTests
{
    [Fact]
    public async Task ListUndeliveredAsync_CommittedMessage_ReturnsItWithButtonsAndDocument()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var store = temporary.CreateStore();
        var user = await TestData.CreateUserAsync(store, "alice", cancellationToken);
        var reply = new Reply(
            "Pick one <b>not bold</b> & “quoted”",
            [[new ReplyButton("Yes", "y:1"), new ReplyButton("No", "n:1")], [new ReplyButton("Later ⏰", "l:1")]])
        {
            Document = new ReplyDocument("export.json", "application/json", [0, 1, 2, 254, 255]),
        };
        long id;
        await using (var transaction = await store.BeginAsync(cancellationToken))
        {
            id = await transaction.Outbox.AddAsync(user.Id, "telegram", "chat-1", reply, TestData.Now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        var owed = await temporary.CreateDeliveryLog().ListUndeliveredAsync("telegram", cancellationToken);

        var delivery = Assert.Single(owed);
        Assert.Equal((id, "chat-1"), (delivery.OutboxId, delivery.ChatId));
        Assert.Equal(reply.Text, delivery.Reply.Text);
        Assert.Equal(
            reply.Buttons.Select(row => row.ToList()),
            delivery.Reply.Buttons.Select(row => row.ToList()));
        Assert.NotNull(delivery.Reply.Document);
        Assert.Equal(("export.json", "application/json"), (delivery.Reply.Document.FileName, delivery.Reply.Document.MediaType));
        Assert.Equal(reply.Document.Content, delivery.Reply.Document.Content);
    }

    [Fact]
    public async Task ListUndeliveredAsync_PlainText_ReturnsNoButtonsAndNoDocument()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var store = temporary.CreateStore();
        var user = await TestData.CreateUserAsync(store, "alice", cancellationToken);
        await using (var transaction = await store.BeginAsync(cancellationToken))
        {
            await transaction.Outbox.AddAsync(user.Id, "telegram", "chat-1", new Reply("Hi"), TestData.Now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        var delivery = Assert.Single(await temporary.CreateDeliveryLog().ListUndeliveredAsync("telegram", cancellationToken));

        Assert.Empty(delivery.Reply.Buttons);
        Assert.Null(delivery.Reply.Document);
    }

    [Fact]
    public async Task MarkDeliveredAsync_ListedMessage_IsNoLongerListedAndItsContentIsBlanked()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var store = temporary.CreateStore();
        var deliveries = temporary.CreateDeliveryLog();
        var user = await TestData.CreateUserAsync(store, "alice", cancellationToken);
        long first, second;
        await using (var transaction = await store.BeginAsync(cancellationToken))
        {
            first = await transaction.Outbox.AddAsync(user.Id, "telegram", "chat-1", new Reply("one"), TestData.Now, cancellationToken);
            second = await transaction.Outbox.AddAsync(user.Id, "telegram", "chat-1", new Reply("two"), TestData.Now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        Assert.Equal([first, second], (await deliveries.ListUndeliveredAsync("telegram", cancellationToken)).Select(delivery => delivery.OutboxId));

        await deliveries.MarkDeliveredAsync(first, TestData.Now.AddSeconds(1), cancellationToken);

        Assert.Equal([second], (await deliveries.ListUndeliveredAsync("telegram", cancellationToken)).Select(delivery => delivery.OutboxId));
        Assert.Equal(
            "2025-03-14T13:09:27.5358979+00:00",
            await temporary.ScalarAsync<string>("SELECT delivered_at FROM outbox WHERE id = @Id", new { Id = first }, cancellationToken));
        Assert.Equal(
            1,
            await temporary.ScalarAsync<int>("SELECT COUNT(*) FROM outbox WHERE id = @Id AND chat_id IS NULL AND payload_json IS NULL", new { Id = first }, cancellationToken));
    }

    [Fact]
    public async Task MarkDeliveredAsync_WithoutItsOwnFsync_TheNextConnectionHandedOutCommitsWithFullFsyncAgain()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var store = temporary.CreateStore();
        var user = await TestData.CreateUserAsync(store, "alice", cancellationToken);
        long id;
        await using (var transaction = await store.BeginAsync(cancellationToken))
        {
            id = await transaction.Outbox.AddAsync(user.Id, "telegram", "chat-1", new Reply("one"), TestData.Now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await temporary.CreateDeliveryLog().MarkDeliveredAsync(id, TestData.Now, cancellationToken);
        await using var next = await temporary.Database.OpenConnectionAsync(cancellationToken);

        // 2 = FULL: a turn committed on the pooled connection the mark used still waits for its fsync.
        Assert.Equal(2, await next.ExecuteScalarAsync<int>("PRAGMA synchronous"));
        Assert.Empty(await temporary.CreateDeliveryLog().ListUndeliveredAsync("telegram", cancellationToken));
    }

    [Fact]
    public async Task MarkDeliveredAsync_Twice_KeepsTheFirstDeliveryTime()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var store = temporary.CreateStore();
        var deliveries = temporary.CreateDeliveryLog();
        var user = await TestData.CreateUserAsync(store, "alice", cancellationToken);
        long id;
        await using (var transaction = await store.BeginAsync(cancellationToken))
        {
            id = await transaction.Outbox.AddAsync(user.Id, "telegram", "chat-1", new Reply("one"), TestData.Now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await deliveries.MarkDeliveredAsync(id, TestData.Now, cancellationToken);
        await deliveries.MarkDeliveredAsync(id, TestData.Now.AddHours(1), cancellationToken);

        Assert.Equal(
            "2025-03-14T13:09:26.5358979+00:00",
            await temporary.ScalarAsync<string>("SELECT delivered_at FROM outbox WHERE id = @Id", new { Id = id }, cancellationToken));
    }

    [Fact]
    public async Task ListUndeliveredAsync_OtherPlatformsAndRolledBackMessages_AreNotListed()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var store = temporary.CreateStore();
        var user = await TestData.CreateUserAsync(store, "alice", cancellationToken);
        await using (var committed = await store.BeginAsync(cancellationToken))
        {
            await committed.Outbox.AddAsync(user.Id, "discord", "channel-9", new Reply("discord"), TestData.Now, cancellationToken);
            await committed.CommitAsync(cancellationToken);
        }

        await using (var rolledBack = await store.BeginAsync(cancellationToken))
        {
            await rolledBack.Outbox.AddAsync(user.Id, "telegram", "chat-1", new Reply("never committed"), TestData.Now, cancellationToken);
        }

        var owed = await temporary.CreateDeliveryLog().ListUndeliveredAsync("telegram", cancellationToken);

        Assert.Empty(owed);
    }
}
