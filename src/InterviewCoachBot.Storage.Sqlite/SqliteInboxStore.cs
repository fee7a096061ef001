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

        const string sql = """
            INSERT INTO inbox (platform, dedupe_key, processed_at)
            VALUES (@Platform, @DedupeKey, @ProcessedAt)
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
