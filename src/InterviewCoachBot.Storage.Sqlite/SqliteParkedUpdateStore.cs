using Dapper;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Ports;

namespace InterviewCoachBot.Storage.Sqlite;

/// <summary>Updates that failed every retry, kept for an operator to look at.</summary>
public sealed class SqliteParkedUpdateStore(SqliteDatabase database) : IParkedUpdateStore
{
    public async Task ParkAsync(UserRef owner, string dedupeKey, string payload, string reason, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(owner);
        const string sql = """
            INSERT INTO parked_updates (platform, external_user_id, dedupe_key, payload, reason, parked_at)
            VALUES (@Platform, @ExternalUserId, @DedupeKey, @Payload, @Reason, @Now)
            """;
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            sql,
            new { owner.Platform, ExternalUserId = owner.ExternalId, DedupeKey = dedupeKey, Payload = payload, Reason = reason, Now = now },
            cancellationToken: cancellationToken));
    }

    public async Task<int> CountAsync(string platform, CancellationToken cancellationToken = default)
    {
        const string sql = "SELECT COUNT(*) FROM parked_updates WHERE platform = @Platform";
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(sql, new { Platform = platform }, cancellationToken: cancellationToken));
    }
}
