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

    [Fact]
    public async Task TryRecordAsync_ConsoleKey_KeepsNeitherTheNameNorTheKeyInTheFile()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        const string key = "name-marker-7d41e0:0f3a9c1be2d84f6a8c5e7b9d1a2c3e4f";
        await using var temporary = new TemporaryDatabase();
        await using (var transaction = await temporary.CreateStore().BeginAsync(cancellationToken))
        {
            await transaction.Inbox.TryRecordAsync("console", key, TestData.Now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        var files = await temporary.CheckpointAndReadFilesAsync(cancellationToken);

        Assert.Equal(1, await temporary.ScalarAsync<int>("SELECT COUNT(*) FROM inbox", null, cancellationToken));
        Assert.Equal(0, TemporaryDatabase.CountOccurrences(files, "name-marker-7d41e0"));
        Assert.Equal(0, TemporaryDatabase.CountOccurrences(files, "0f3a9c1be2d84f6a8c5e7b9d1a2c3e4f"));
    }

    [Fact]
    public async Task TryRecordAsync_SameKeyAfterItsUserWasForgotten_ReturnsFalse()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var store = temporary.CreateStore();
        long userId;
        await using (var first = await store.BeginAsync(cancellationToken))
        {
            await first.Inbox.TryRecordAsync("telegram", "1001", TestData.Now, cancellationToken);
            userId = (await first.Users.CreateAsync(new("telegram", "42"), "UTC", TestData.Now, cancellationToken)).Id;
            await first.CommitAsync(cancellationToken);
        }

        await TestData.ForgetAsync(store, userId, cancellationToken);
        await using var redelivered = await store.BeginAsync(cancellationToken);
        var recorded = await redelivered.Inbox.TryRecordAsync("telegram", "1001", TestData.Now, cancellationToken);

        Assert.False(recorded);
    }

    [Fact]
    public async Task TryRecordAsync_SameKeyInAnotherDatabase_IsStoredAsADifferentHash()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var one = new TemporaryDatabase();
        await using var other = new TemporaryDatabase();
        foreach (var temporary in new[] { one, other })
        {
            await using var transaction = await temporary.CreateStore().BeginAsync(cancellationToken);
            await transaction.Inbox.TryRecordAsync("telegram", "1001", TestData.Now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        const string storedKey = "SELECT dedupe_key FROM inbox";

        Assert.NotEqual(await one.ScalarAsync<string>(storedKey, null, cancellationToken), await other.ScalarAsync<string>(storedKey, null, cancellationToken));
    }
}
