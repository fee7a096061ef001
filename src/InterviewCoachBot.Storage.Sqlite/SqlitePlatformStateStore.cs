using Dapper;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Ports;

namespace InterviewCoachBot.Storage.Sqlite;

/// <summary>Per-platform key/value state; each call is one autocommit statement.</summary>
/// <remarks>A row with an owner is deleted with that user's data, when they ask to be forgotten.</remarks>
public sealed class SqlitePlatformStateStore(SqliteDatabase database) : IPlatformStateStore
{
    public async Task<string?> GetAsync(string platform, string key, CancellationToken cancellationToken = default)
    {
        const string sql = "SELECT value FROM platform_state WHERE platform = @Platform AND key = @Key";
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            sql, new { Platform = platform, Key = key }, cancellationToken: cancellationToken));
    }

    public Task SetAsync(string platform, string key, string value, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        UpsertAsync(platform, key, value, ownerId: null, now, cancellationToken);

    public Task SetOwnedAsync(UserRef owner, string key, string value, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return UpsertAsync(owner.Platform, key, value, owner.ExternalId, now, cancellationToken);
    }

    private async Task UpsertAsync(string platform, string key, string value, string? ownerId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // The owner is replaced too: a key is one user's or no one's, as its latest writer says.
        const string sql = """
            INSERT INTO platform_state (platform, key, value, owner_id, updated_at) VALUES (@Platform, @Key, @Value, @OwnerId, @Now)
            ON CONFLICT (platform, key) DO UPDATE SET value = excluded.value, owner_id = excluded.owner_id, updated_at = excluded.updated_at
            """;
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            sql, new { Platform = platform, Key = key, Value = value, OwnerId = ownerId, Now = now }, cancellationToken: cancellationToken));
    }
}
