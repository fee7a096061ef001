using Dapper;
using InterviewCoachBot.Engine.Ports;

namespace InterviewCoachBot.Storage.Sqlite;

/// <summary>Per-platform key/value state; each call is one autocommit statement.</summary>
public sealed class SqlitePlatformStateStore(SqliteDatabase database) : IPlatformStateStore
{
    public async Task<string?> GetAsync(string platform, string key, CancellationToken cancellationToken = default)
    {
        const string sql = "SELECT value FROM platform_state WHERE platform = @Platform AND key = @Key";
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            sql, new { Platform = platform, Key = key }, cancellationToken: cancellationToken));
    }

    public async Task SetAsync(string platform, string key, string value, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        const string sql = """
            INSERT INTO platform_state (platform, key, value, updated_at) VALUES (@Platform, @Key, @Value, @Now)
            ON CONFLICT (platform, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
            """;
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            sql, new { Platform = platform, Key = key, Value = value, Now = now }, cancellationToken: cancellationToken));
    }
}
