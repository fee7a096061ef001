using Dapper;
using InterviewCoachBot.Engine.Ports;

namespace InterviewCoachBot.Storage.Sqlite;

/// <summary>Updates that failed every retry, kept for an operator to look at.</summary>
public sealed class SqliteParkedUpdateStore(SqliteDatabase database) : IParkedUpdateStore
{
    public async Task ParkAsync(string platform, string dedupeKey, string payload, string reason, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        const string sql = """
            INSERT INTO parked_updates (platform, dedupe_key, payload, reason, parked_at)
            VALUES (@Platform, @DedupeKey, @Payload, @Reason, @Now)
            """;
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            sql,
            new { Platform = platform, DedupeKey = dedupeKey, Payload = payload, Reason = reason, Now = now },
            cancellationToken: cancellationToken));
    }

    public async Task<int> CountAsync(string platform, CancellationToken cancellationToken = default)
    {
        const string sql = "SELECT COUNT(*) FROM parked_updates WHERE platform = @Platform";
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(sql, new { Platform = platform }, cancellationToken: cancellationToken));
    }
}
