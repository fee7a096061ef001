using InterviewCoachBot.Engine.Messages;

namespace InterviewCoachBot.Storage.Sqlite.Tests;

public sealed class SqliteParkedUpdateStoreTests
{
    [Fact]
    public async Task DeleteUser_RemovesTheirParkedUpdatesOnly()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        var store = temporary.CreateStore();
        var parked = new SqliteParkedUpdateStore(temporary.Database);
        var alice = await TestData.CreateUserAsync(store, "alice", cancellationToken);
        await TestData.CreateUserAsync(store, "bob", cancellationToken);
        await parked.ParkAsync(new UserRef("telegram", "alice"), "1", "{\"text\":\"PARKED-MARKER-a1\"}", "boom", TestData.Now, cancellationToken);
        await parked.ParkAsync(new UserRef("telegram", "bob"), "2", "{\"text\":\"bob's\"}", "boom", TestData.Now, cancellationToken);

        await using (var forget = await store.BeginAsync(cancellationToken))
        {
            await forget.Users.DeleteAsync(alice.Id, cancellationToken);
            await forget.CommitAsync(cancellationToken);
        }

        Assert.Equal(1, await parked.CountAsync("telegram", cancellationToken));
        Assert.Equal(0, TemporaryDatabase.CountOccurrences(await temporary.CheckpointAndReadFilesAsync(cancellationToken), "PARKED-MARKER-a1"));
    }
}
