using Dapper;
using InterviewCoachBot.Engine.Ports;
using Microsoft.Data.Sqlite;

namespace InterviewCoachBot.Storage.Sqlite;

internal sealed class SqliteInboxStore(SqliteConnection connection, SqliteTransaction transaction) : IInboxStore
{
    public async Task<bool> TryRecordAsync(string platform, string dedupeKey, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(platform);
        ArgumentException.ThrowIfNullOrEmpty(dedupeKey);

        // Stored as a keyed hash (migration 0005): it outlives a forgotten user, so it must not show their name or ids.
        const string sql = """
            INSERT INTO inbox (platform, dedupe_key, processed_at)
            VALUES (@Platform, hmac_sha256_hex((SELECT value FROM secrets WHERE name = 'inbox'), @DedupeKey), @ProcessedAt)
            ON CONFLICT (platform, dedupe_key) DO NOTHING
            """;
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            sql,
            new { Platform = platform, DedupeKey = dedupeKey, ProcessedAt = now },
            transaction,
            cancellationToken: cancellationToken));
        return inserted == 1;
    }
}
