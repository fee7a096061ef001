using Microsoft.Data.Sqlite;

namespace InterviewCoachBot.Storage.Sqlite.Tests;

public sealed class SqliteBotStoreTests
{
    [Fact]
    public async Task BeginAsync_WhileAnotherTransactionIsOpen_GetsInOnceItEndsAndSeesItsWrites()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase(options => options.BusyTimeout = TimeSpan.FromMinutes(1));
        var store = temporary.CreateStore();
        var first = await store.BeginAsync(cancellationToken);
        await first.Inbox.TryRecordAsync("telegram", "1", TestData.Now, cancellationToken);

        // Microsoft.Data.Sqlite blocks the calling thread while it waits for the lock, hence Task.Run. Whenever the second
        // reaches BEGIN, before or after the commit, it must get in (the busy timeout is far longer than the test) and see
        // the first one's row. That it cannot get in while the first is open is BeginAsync_LockHeldLongerThanBusyTimeout_ThrowsBusy.
        var second = Task.Run(() => store.BeginAsync(cancellationToken), cancellationToken);
        await first.CommitAsync(cancellationToken);
        await first.DisposeAsync();
        await using var secondTransaction = await second.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);

        Assert.False(await secondTransaction.Inbox.TryRecordAsync("telegram", "1", TestData.Now, cancellationToken));
    }

    [Fact]
    public async Task BeginAsync_LockHeldLongerThanBusyTimeout_ThrowsBusy()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase(options => options.BusyTimeout = TimeSpan.FromMilliseconds(200));
        var store = temporary.CreateStore();
        await using var first = await store.BeginAsync(cancellationToken);

        var exception = await Assert.ThrowsAsync<SqliteException>(() => Task.Run(() => store.BeginAsync(cancellationToken), cancellationToken));

        Assert.Equal(5, exception.SqliteErrorCode); // SQLITE_BUSY
    }

    [Fact]
    public async Task CommitAsync_ThenDispose_KeepsEverything()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var store = temporary.CreateStore();

        await using (var transaction = await store.BeginAsync(cancellationToken))
        {
            var user = await transaction.Users.CreateAsync(new("telegram", "42"), "UTC", TestData.Now, cancellationToken);
            await transaction.Interviews.AddAsync(user.Id, TestData.Interview(), cancellationToken);
            await transaction.Dialogs.SaveAsync(user.Id, "42", new("interview-add", "company", new Dictionary<string, string>(), TestData.Now), cancellationToken);
            await transaction.Outbox.AddAsync(user.Id, "telegram", "42", new("Saved."), TestData.Now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        foreach (var table in new[] { "users", "interviews", "dialogs", "outbox" })
        {
            Assert.Equal(1, await temporary.ScalarAsync<int>($"SELECT COUNT(*) FROM {table}", null, cancellationToken));
        }
    }
}
