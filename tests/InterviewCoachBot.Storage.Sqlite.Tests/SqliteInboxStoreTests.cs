namespace InterviewCoachBot.Storage.Sqlite.Tests;

public sealed class SqliteInboxStoreTests
{
    [Fact]
    public async Task TryRecordAsync_SameKeyTwice_SecondReturnsFalse()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var store = temporary.CreateStore();
        await using (var first = await store.BeginAsync(cancellationToken))
        {
            Assert.True(await first.Inbox.TryRecordAsync("telegram", "1001", TestData.Now, cancellationToken));
            await first.CommitAsync(cancellationToken);
        }

        await using var second = await store.BeginAsync(cancellationToken);
        var recorded = await second.Inbox.TryRecordAsync("telegram", "1001", TestData.Now, cancellationToken);

        Assert.False(recorded);
    }

    [Fact]
    public async Task TryRecordAsync_SameKeyAfterRestart_ReturnsFalse()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        await using (var first = await temporary.CreateStore().BeginAsync(cancellationToken))
        {
            await first.Inbox.TryRecordAsync("telegram", "1001", TestData.Now, cancellationToken);
            await first.CommitAsync(cancellationToken);
        }

        var restarted = new SqliteBotStore(temporary.OpenDatabase());
        await using var second = await restarted.BeginAsync(cancellationToken);
        var recorded = await second.Inbox.TryRecordAsync("telegram", "1001", TestData.Now, cancellationToken);

        Assert.False(recorded);
    }

    [Fact]
    public async Task TryRecordAsync_SameKeyOnAnotherPlatform_ReturnsTrue()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        await using var transaction = await temporary.CreateStore().BeginAsync(cancellationToken);
        await transaction.Inbox.TryRecordAsync("telegram", "1001", TestData.Now, cancellationToken);

        var recorded = await transaction.Inbox.TryRecordAsync("discord", "1001", TestData.Now, cancellationToken);

        Assert.True(recorded);
    }

    [Fact]
    public async Task TryRecordAsync_TransactionDisposedWithoutCommit_LeavesNoRowSoRetryIsApplied()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var store = temporary.CreateStore();
        await using (var crashed = await store.BeginAsync(cancellationToken))
        {
            Assert.True(await crashed.Inbox.TryRecordAsync("telegram", "1001", TestData.Now, cancellationToken));
            var user = await crashed.Users.CreateAsync(new("telegram", "42"), "UTC", TestData.Now, cancellationToken);
            await crashed.Interviews.AddAsync(user.Id, TestData.Interview(), cancellationToken);
        }

        await using var retry = await store.BeginAsync(cancellationToken);
        var recorded = await retry.Inbox.TryRecordAsync("telegram", "1001", TestData.Now, cancellationToken);

        Assert.True(recorded);
        Assert.Null(await retry.Users.FindAsync(new("telegram", "42"), cancellationToken));
        Assert.Equal(0, await temporary.ScalarAsync<int>("SELECT COUNT(*) FROM interviews", null, cancellationToken));
    }
}
