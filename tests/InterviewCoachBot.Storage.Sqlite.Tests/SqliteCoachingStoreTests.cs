namespace InterviewCoachBot.Storage.Sqlite.Tests;

/// <summary>What the coaching flows store per interview: recorded steps, notes and checklist ticks.</summary>
public sealed class SqliteCoachingStoreTests
{
    [Fact]
    public async Task UpdateAsync_CoachingFields_RoundTripAfterReopeningTheFile()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var store = temporary.CreateStore();
        var user = await TestData.CreateUserAsync(store, "alice", cancellationToken);
        var interview = await TestData.AddInterviewAsync(store, user.Id, cancellationToken);
        var changed = interview with
        {
            ThankYouSentAt = TestData.Now,
            DecisionBy = new DateOnly(2025, 3, 21),
            FollowUpSentAt = TestData.Now.AddDays(8),
            Outcome = "paused",
            OutcomeAt = TestData.Now.AddDays(9),
            CallAt = TestData.Now.AddDays(3),
            CallWith = "Sam (recruiter)",
            SecondAt = TestData.Now.AddDays(12),
        };
        await using (var update = await store.BeginAsync(cancellationToken))
        {
            await update.Interviews.UpdateAsync(user.Id, changed, cancellationToken);
            await update.CommitAsync(cancellationToken);
        }

        await using var reopened = await new SqliteBotStore(temporary.OpenDatabase()).BeginAsync(cancellationToken);
        var read = await reopened.Interviews.GetAsync(user.Id, interview.Number, cancellationToken);

        Assert.Equal(changed with { ThankYouSentAt = TestData.Now.ToUniversalTime(), FollowUpSentAt = TestData.Now.AddDays(8).ToUniversalTime(), OutcomeAt = TestData.Now.AddDays(9).ToUniversalTime(), CallAt = TestData.Now.AddDays(3).ToUniversalTime(), SecondAt = TestData.Now.AddDays(12).ToUniversalTime() }, read);
    }

    [Fact]
    public async Task Notes_OtherUsersInterviewNumber_CannotBeWrittenOrRead()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var store = temporary.CreateStore();
        var alice = await TestData.CreateUserAsync(store, "alice", cancellationToken);
        var bob = await TestData.CreateUserAsync(store, "bob", cancellationToken);
        await TestData.AddInterviewAsync(store, alice.Id, cancellationToken);
        await using var transaction = await store.BeginAsync(cancellationToken);
        Assert.True(await transaction.Notes.AddAsync(alice.Id, 1, "call", "question", "Team size?", TestData.Now, cancellationToken));

        var bobWrote = await transaction.Notes.AddAsync(bob.Id, 1, "call", "question", "sneaky", TestData.Now, cancellationToken);
        var bobReads = await transaction.Notes.ListAsync(bob.Id, 1, "call", cancellationToken);
        var aliceReads = await transaction.Notes.ListAsync(alice.Id, 1, "call", cancellationToken);

        Assert.False(bobWrote);
        Assert.Empty(bobReads);
        Assert.Equal(["Team size?"], aliceReads.Select(note => note.Text));
    }

    [Fact]
    public async Task Checklists_TickUntickAndOtherUser_AreScopedAndIdempotent()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var store = temporary.CreateStore();
        var alice = await TestData.CreateUserAsync(store, "alice", cancellationToken);
        var bob = await TestData.CreateUserAsync(store, "bob", cancellationToken);
        await TestData.AddInterviewAsync(store, alice.Id, cancellationToken);
        await using var transaction = await store.BeginAsync(cancellationToken);

        await transaction.Checklists.SetAsync(alice.Id, 1, "second", "research", ticked: true, TestData.Now, cancellationToken);
        await transaction.Checklists.SetAsync(alice.Id, 1, "second", "research", ticked: true, TestData.Now, cancellationToken);
        await transaction.Checklists.SetAsync(alice.Id, 1, "second", "stories", ticked: true, TestData.Now, cancellationToken);
        await transaction.Checklists.SetAsync(alice.Id, 1, "second", "stories", ticked: false, TestData.Now, cancellationToken);
        var bobTouched = await transaction.Checklists.SetAsync(bob.Id, 1, "second", "stories", ticked: true, TestData.Now, cancellationToken);

        Assert.Equal(["research"], await transaction.Checklists.TickedAsync(alice.Id, 1, "second", cancellationToken));
        Assert.False(bobTouched);
        Assert.Empty(await transaction.Checklists.TickedAsync(bob.Id, 1, "second", cancellationToken));
    }

    [Fact]
    public async Task DeleteUser_RemovesNotesAndTicks()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var store = temporary.CreateStore();
        var alice = await TestData.CreateUserAsync(store, "alice", cancellationToken);
        await TestData.AddInterviewAsync(store, alice.Id, cancellationToken);
        await using (var write = await store.BeginAsync(cancellationToken))
        {
            await write.Notes.AddAsync(alice.Id, 1, "second", "story", "MARKER-7f3a", TestData.Now, cancellationToken);
            await write.Checklists.SetAsync(alice.Id, 1, "second", "research", ticked: true, TestData.Now, cancellationToken);
            await write.Users.DeleteAsync(alice.Id, cancellationToken);
            await write.CommitAsync(cancellationToken);
        }

        var bytes = await temporary.CheckpointAndReadFilesAsync(cancellationToken);

        Assert.Equal(0, TemporaryDatabase.CountOccurrences(bytes, "MARKER-7f3a"));
    }
}
