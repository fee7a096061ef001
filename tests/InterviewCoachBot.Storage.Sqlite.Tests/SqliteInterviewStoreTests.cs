using InterviewCoachBot.Engine.Model;

namespace InterviewCoachBot.Storage.Sqlite.Tests;

public sealed class SqliteInterviewStoreTests
{
    [Fact]
    public async Task AddAsync_TwoUsers_NumbersStartAtOneForEach()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var store = temporary.CreateStore();
        var alice = await TestData.CreateUserAsync(store, "alice", cancellationToken);
        var bob = await TestData.CreateUserAsync(store, "bob", cancellationToken);

        var aliceFirst = await TestData.AddInterviewAsync(store, alice.Id, cancellationToken);
        var aliceSecond = await TestData.AddInterviewAsync(store, alice.Id, cancellationToken);
        var bobFirst = await TestData.AddInterviewAsync(store, bob.Id, cancellationToken);

        Assert.Equal([1, 2, 1], [aliceFirst.Number, aliceSecond.Number, bobFirst.Number]);
    }

    [Fact]
    public async Task AddAsync_AfterDeletingTheLatest_DoesNotReuseItsNumber()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var store = temporary.CreateStore();
        var user = await TestData.CreateUserAsync(store, "alice", cancellationToken);
        await TestData.AddInterviewAsync(store, user.Id, cancellationToken);
        await using (var delete = await store.BeginAsync(cancellationToken))
        {
            Assert.True(await delete.Interviews.DeleteAsync(user.Id, 1, cancellationToken));
            await delete.CommitAsync(cancellationToken);
        }

        var next = await TestData.AddInterviewAsync(store, user.Id, cancellationToken);

        Assert.Equal(2, next.Number);
    }

    [Fact]
    public async Task AddAsync_UnknownUser_Throws()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        await using var transaction = await temporary.CreateStore().BeginAsync(cancellationToken);

        await Assert.ThrowsAsync<KeyNotFoundException>(() => transaction.Interviews.AddAsync(404, TestData.Interview(), cancellationToken));
    }

    [Fact]
    public async Task GetAsync_AddedInterview_ReturnsWhatAddReturned()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var store = temporary.CreateStore();
        var user = await TestData.CreateUserAsync(store, "alice", cancellationToken);
        var added = await TestData.AddInterviewAsync(store, user.Id, cancellationToken, company: "Ünïcödé & Co — 東京");
        await using var transaction = await store.BeginAsync(cancellationToken);

        var read = await transaction.Interviews.GetAsync(user.Id, added.Number, cancellationToken);

        Assert.Equal(added, read);
        Assert.Equal(ContactChannel.Video, read!.Channel);
    }

    [Fact]
    public async Task GetAsync_InstantWithOffset_RoundTripsExactlyAsUtc()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var store = temporary.CreateStore();
        var user = await TestData.CreateUserAsync(store, "alice", cancellationToken);
        var heldAt = new DateTimeOffset(2031, 12, 31, 23, 59, 59, TimeSpan.FromHours(-5)).AddTicks(9_999_999);
        await using (var add = await store.BeginAsync(cancellationToken))
        {
            await add.Interviews.AddAsync(user.Id, TestData.Interview(heldAt: heldAt), cancellationToken);
            await add.CommitAsync(cancellationToken);
        }

        await using var transaction = await store.BeginAsync(cancellationToken);
        var read = await transaction.Interviews.GetAsync(user.Id, 1, cancellationToken);

        Assert.Equal(heldAt.UtcTicks, read!.HeldAt.UtcTicks);
        Assert.Equal(TimeSpan.Zero, read.HeldAt.Offset);
        Assert.Equal(TimeSpan.Zero, read.CreatedAt.Offset);
        Assert.Equal(
            "2032-01-01T04:59:59.9999999+00:00",
            await temporary.ScalarAsync<string>("SELECT held_at FROM interviews WHERE user_id = @UserId", new { UserId = user.Id }, cancellationToken));
    }

    [Fact]
    public async Task UpdateAsync_OwnInterview_ChangesFieldsButNotNumberOrCreation()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var store = temporary.CreateStore();
        var user = await TestData.CreateUserAsync(store, "alice", cancellationToken);
        var added = await TestData.AddInterviewAsync(store, user.Id, cancellationToken);
        var changed = added with
        {
            Company = "Globex",
            Role = "Staff engineer",
            Interviewers = "Grace Hopper, Alan Turing",
            HeldAt = added.HeldAt.AddHours(3),
            Channel = ContactChannel.InPerson,
        };
        await using var transaction = await store.BeginAsync(cancellationToken);

        await transaction.Interviews.UpdateAsync(user.Id, changed with { CreatedAt = TestData.Now.AddYears(1) }, cancellationToken);

        Assert.Equal(changed, await transaction.Interviews.GetAsync(user.Id, added.Number, cancellationToken));
    }

    [Fact]
    public async Task ListAsync_TwoUsers_ReturnsOnlyOwnInNumberOrder()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var store = temporary.CreateStore();
        var alice = await TestData.CreateUserAsync(store, "alice", cancellationToken);
        var bob = await TestData.CreateUserAsync(store, "bob", cancellationToken);
        await TestData.AddInterviewAsync(store, alice.Id, cancellationToken, company: "A1");
        await TestData.AddInterviewAsync(store, bob.Id, cancellationToken, company: "B1");
        await TestData.AddInterviewAsync(store, alice.Id, cancellationToken, company: "A2");
        await using var transaction = await store.BeginAsync(cancellationToken);

        var bobs = await transaction.Interviews.ListAsync(bob.Id, cancellationToken);
        var alices = await transaction.Interviews.ListAsync(alice.Id, cancellationToken);

        Assert.Equal(["B1"], bobs.Select(interview => interview.Company));
        Assert.Equal(["A1", "A2"], alices.Select(interview => interview.Company));
    }

    [Fact]
    public async Task GetAsync_OtherUsersNumber_ReturnsNull()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var store = temporary.CreateStore();
        var alice = await TestData.CreateUserAsync(store, "alice", cancellationToken);
        var bob = await TestData.CreateUserAsync(store, "bob", cancellationToken);
        await TestData.AddInterviewAsync(store, alice.Id, cancellationToken);
        await using var transaction = await store.BeginAsync(cancellationToken);

        var read = await transaction.Interviews.GetAsync(bob.Id, 1, cancellationToken);

        Assert.Null(read);
    }

    [Fact]
    public async Task UpdateAsync_OtherUsersNumber_ThrowsAndLeavesItUnchanged()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var store = temporary.CreateStore();
        var alice = await TestData.CreateUserAsync(store, "alice", cancellationToken);
        var bob = await TestData.CreateUserAsync(store, "bob", cancellationToken);
        var alices = await TestData.AddInterviewAsync(store, alice.Id, cancellationToken);
        await using var transaction = await store.BeginAsync(cancellationToken);

        await Assert.ThrowsAsync<KeyNotFoundException>(() => transaction.Interviews.UpdateAsync(bob.Id, alices with { Company = "Hijacked" }, cancellationToken));

        Assert.Equal(alices, await transaction.Interviews.GetAsync(alice.Id, 1, cancellationToken));
    }

    [Fact]
    public async Task DeleteAsync_OtherUsersNumber_ReturnsFalseAndKeepsIt()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var store = temporary.CreateStore();
        var alice = await TestData.CreateUserAsync(store, "alice", cancellationToken);
        var bob = await TestData.CreateUserAsync(store, "bob", cancellationToken);
        var alices = await TestData.AddInterviewAsync(store, alice.Id, cancellationToken);
        await using var transaction = await store.BeginAsync(cancellationToken);

        var deleted = await transaction.Interviews.DeleteAsync(bob.Id, 1, cancellationToken);

        Assert.False(deleted);
        Assert.Equal(alices, await transaction.Interviews.GetAsync(alice.Id, 1, cancellationToken));
    }
}
