using Dapper;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Time;

namespace InterviewCoachBot.Storage.Sqlite.Tests;

public sealed class SqliteUserStoreTests
{
    [Fact]
    public async Task FindAsync_UnknownUser_ReturnsNull()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        await using var transaction = await temporary.CreateStore().BeginAsync(cancellationToken);

        var user = await transaction.Users.FindAsync(new UserRef("telegram", "42"), cancellationToken);

        Assert.Null(user);
    }

    [Fact]
    public async Task FindAsync_CreatedUser_ReturnsSameAccountInUtc()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var store = temporary.CreateStore();
        var created = await TestData.CreateUserAsync(store, "42", cancellationToken);
        await using var transaction = await store.BeginAsync(cancellationToken);

        var found = await transaction.Users.FindAsync(new UserRef("telegram", "42"), cancellationToken);

        Assert.Equal(created, found);
        Assert.Equal(TimeSpan.Zero, found!.CreatedAt.Offset);
        Assert.Equal(TestData.Now.UtcTicks, found.CreatedAt.UtcTicks);
    }

    [Fact]
    public async Task FindAsync_SameExternalIdOnAnotherPlatform_ReturnsNull()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var store = temporary.CreateStore();
        await TestData.CreateUserAsync(store, "42", cancellationToken, platform: "telegram");
        await using var transaction = await store.BeginAsync(cancellationToken);

        var found = await transaction.Users.FindAsync(new UserRef("discord", "42"), cancellationToken);

        Assert.Null(found);
    }

    [Fact]
    public async Task SetTimeZoneAsync_ExistingUser_ChangesOnlyThatUser()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var store = temporary.CreateStore();
        var alice = await TestData.CreateUserAsync(store, "alice", cancellationToken);
        await TestData.CreateUserAsync(store, "bob", cancellationToken);
        await using var transaction = await store.BeginAsync(cancellationToken);

        await transaction.Users.SetTimeZoneAsync(alice.Id, "America/New_York", cancellationToken);

        Assert.Equal("America/New_York", (await transaction.Users.FindAsync(new UserRef("telegram", "alice"), cancellationToken))!.TimeZoneId);
        Assert.Equal("Europe/Berlin", (await transaction.Users.FindAsync(new UserRef("telegram", "bob"), cancellationToken))!.TimeZoneId);
    }

    [Fact]
    public async Task SetTimeZoneAsync_UnknownUser_Throws()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        await using var transaction = await temporary.CreateStore().BeginAsync(cancellationToken);

        await Assert.ThrowsAsync<KeyNotFoundException>(() => transaction.Users.SetTimeZoneAsync(404, "UTC", cancellationToken));
    }

    [Fact]
    public async Task SetWorkingDaysAndName_ReadBackForThatUserOnly_OthersKeepTheDefaults()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var store = temporary.CreateStore();
        var alice = await TestData.CreateUserAsync(store, "alice", cancellationToken);
        await TestData.CreateUserAsync(store, "bob", cancellationToken);
        await using (var transaction = await store.BeginAsync(cancellationToken))
        {
            await transaction.Users.SetWorkingDaysAsync(alice.Id, WorkingDays.FromStored("sun,mon,tue,wed,thu"), cancellationToken);
            await transaction.Users.SetNameAsync(alice.Id, "Ann Lee", cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await using var reading = await store.BeginAsync(cancellationToken);
        var foundAlice = await reading.Users.FindAsync(new UserRef("telegram", "alice"), cancellationToken);
        var foundBob = await reading.Users.FindAsync(new UserRef("telegram", "bob"), cancellationToken);

        Assert.Equal("mon,tue,wed,thu,sun", foundAlice!.WorkingDays.ToString());
        Assert.Equal("Ann Lee", foundAlice.Name);
        Assert.Same(WorkingDays.MondayToFriday, foundBob!.WorkingDays);
        Assert.Null(foundBob.Name);
    }

    [Fact]
    public async Task DeleteAsync_UserWithData_RemovesEveryRowOfTheirsAndKeepsOthers()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var store = temporary.CreateStore();
        var alice = await TestData.CreateUserAsync(store, "alice", cancellationToken);
        var bob = await TestData.CreateUserAsync(store, "bob", cancellationToken);
        foreach (var user in new[] { alice, bob })
        {
            await using var setup = await store.BeginAsync(cancellationToken);
            await setup.Interviews.AddAsync(user.Id, TestData.Interview(), cancellationToken);
            await setup.Dialogs.SaveAsync(user.Id, "chat", new("add", "role", new Dictionary<string, string> { ["company"] = "Acme" }, TestData.Now), cancellationToken);
            var sent = await setup.Outbox.AddAsync(user.Id, "telegram", "chat", new Reply("Saved."), TestData.Now, cancellationToken);
            await setup.CommitAsync(cancellationToken);
            await temporary.CreateDeliveryLog().MarkDeliveredAsync(sent, TestData.Now, cancellationToken);
        }

        await using (var forget = await store.BeginAsync(cancellationToken))
        {
            await forget.Users.DeleteAsync(alice.Id, cancellationToken);
            await forget.CommitAsync(cancellationToken);
        }

        await using var connection = await temporary.OpenInspectionConnectionAsync(cancellationToken);
        foreach (var table in new[] { "interviews", "dialogs", "outbox" })
        {
            Assert.Equal(0, await connection.ExecuteScalarAsync<int>(new CommandDefinition($"SELECT COUNT(*) FROM {table} WHERE user_id = @UserId", new { UserId = alice.Id }, cancellationToken: cancellationToken)));
            Assert.Equal(1, await connection.ExecuteScalarAsync<int>(new CommandDefinition($"SELECT COUNT(*) FROM {table} WHERE user_id = @UserId", new { UserId = bob.Id }, cancellationToken: cancellationToken)));
        }

        Assert.Equal(0, await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT COUNT(*) FROM users WHERE id = @UserId", new { UserId = alice.Id }, cancellationToken: cancellationToken)));
    }

    [Fact]
    public async Task DeleteAsync_Forget_LeavesNoTraceOfTheUserInTheRawFiles()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        const string externalId = "ext-marker-5f1c7a";
        const string company = "Company-marker-9b2e44";
        await using var temporary = new TemporaryDatabase();
        var store = temporary.CreateStore();
        var deliveries = temporary.CreateDeliveryLog();
        var user = await TestData.CreateUserAsync(store, externalId, cancellationToken);
        await using (var setup = await store.BeginAsync(cancellationToken))
        {
            await setup.Interviews.AddAsync(user.Id, TestData.Interview(company), cancellationToken);
            await setup.Interviews.AddAsync(user.Id, TestData.Interview(company + "-second"), cancellationToken);
            await setup.Dialogs.SaveAsync(user.Id, externalId, new("add", "role", new Dictionary<string, string> { ["company"] = company }, TestData.Now), cancellationToken);
            var sent = await setup.Outbox.AddAsync(user.Id, "telegram", externalId, new Reply($"Saved interview at {company}."), TestData.Now, cancellationToken);
            await setup.CommitAsync(cancellationToken);
            await deliveries.MarkDeliveredAsync(sent, TestData.Now, cancellationToken);
        }

        var before = await temporary.CheckpointAndReadFilesAsync(cancellationToken);
        Assert.NotEqual(0, TemporaryDatabase.CountOccurrences(before, company));

        long goodbye;
        await using (var forget = await store.BeginAsync(cancellationToken))
        {
            await forget.Users.DeleteAsync(user.Id, cancellationToken);
            goodbye = await forget.Outbox.AddAsync(null, "telegram", externalId, new Reply("All your data is deleted. Goodbye."), TestData.Now, cancellationToken);
            await forget.CommitAsync(cancellationToken);
        }

        Assert.Equal([goodbye], (await deliveries.ListUndeliveredAsync("telegram", cancellationToken)).Select(delivery => delivery.OutboxId));
        await deliveries.MarkDeliveredAsync(goodbye, TestData.Now, cancellationToken);
        var after = await temporary.CheckpointAndReadFilesAsync(cancellationToken);

        Assert.Equal(0, TemporaryDatabase.CountOccurrences(after, externalId));
        Assert.Equal(0, TemporaryDatabase.CountOccurrences(after, company));
        var wal = new FileInfo(temporary.FilePath + "-wal");
        Assert.True(!wal.Exists || wal.Length == 0);
    }

    [Fact]
    public async Task DeleteAsync_Forget_LeavesNoTypedTextInTheFileOrItsWalWithNoFurtherCheckpoint()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        const string company = "Company-marker-wal-6c03d1";
        await using var temporary = new TemporaryDatabase();
        var store = temporary.CreateStore();
        var user = await TestData.CreateUserAsync(store, "42", cancellationToken);
        await TestData.AddInterviewAsync(store, user.Id, cancellationToken, company);
        Assert.NotEqual(0, TemporaryDatabase.CountOccurrences(await temporary.ReadFilesAsync(cancellationToken), company));

        await TestData.ForgetAsync(store, user.Id, cancellationToken);

        Assert.Equal(0, TemporaryDatabase.CountOccurrences(await temporary.ReadFilesAsync(cancellationToken), company));
    }

    [Fact]
    public async Task DeleteAsync_MessagesAddedBeforeAndAfterDelete_AreStillOwedButUnlinked()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var store = temporary.CreateStore();
        var user = await TestData.CreateUserAsync(store, "42", cancellationToken);
        await using (var forget = await store.BeginAsync(cancellationToken))
        {
            await forget.Outbox.AddAsync(user.Id, "telegram", "42", new Reply("Deleting…"), TestData.Now, cancellationToken);
            await forget.Users.DeleteAsync(user.Id, cancellationToken);
            await forget.Outbox.AddAsync(user.Id, "telegram", "42", new Reply("Deleted."), TestData.Now, cancellationToken);
            await forget.Outbox.AddAsync(null, "telegram", "42", new Reply("Goodbye."), TestData.Now, cancellationToken);
            await forget.CommitAsync(cancellationToken);
        }

        var owed = await temporary.CreateDeliveryLog().ListUndeliveredAsync("telegram", cancellationToken);

        Assert.Equal(["Deleting…", "Deleted.", "Goodbye."], owed.Select(delivery => delivery.Reply.Text));
        Assert.Equal(0, await temporary.ScalarAsync<int>("SELECT COUNT(*) FROM outbox WHERE user_id IS NOT NULL", null, cancellationToken));
    }
}
