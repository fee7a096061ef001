using Dapper;
using InterviewCoachBot.Engine.Ports;

namespace InterviewCoachBot.Storage.Sqlite;

/// <summary>One short write transaction per batch; each delete walks the index of migration 0008 from its oldest entry.</summary>
public sealed class SqliteRetentionStore(SqliteDatabase database) : IRetentionStore
{
    private const string Sql = """
        DELETE FROM inbox WHERE rowid IN (
            SELECT rowid FROM inbox INDEXED BY inbox_processed WHERE processed_at < @InboxBefore ORDER BY processed_at LIMIT @Batch);
        SELECT changes();
        DELETE FROM outbox WHERE id IN (
            SELECT id FROM outbox INDEXED BY outbox_delivered
            WHERE delivered_at IS NOT NULL AND delivered_at < @DeliveredBefore ORDER BY delivered_at LIMIT @Batch);
        SELECT changes();
        DELETE FROM nudges WHERE id IN (
            SELECT id FROM nudges INDEXED BY nudges_ended
            WHERE status <> 'planned' AND expires_at < @NudgesEndedBefore ORDER BY expires_at LIMIT @Batch);
        SELECT changes();
        """;

    public async Task<PrunedRows> PruneAsync(RetentionCutoffs cutoffs, int batchSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cutoffs);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(
            Sql,
            new { cutoffs.InboxBefore, cutoffs.DeliveredBefore, cutoffs.NudgesEndedBefore, Batch = batchSize },
            transaction,
            cancellationToken: cancellationToken));
        var pruned = new PrunedRows(
            await results.ReadSingleAsync<int>(),
            await results.ReadSingleAsync<int>(),
            await results.ReadSingleAsync<int>());
        await transaction.CommitAsync(cancellationToken);
        return pruned;
    }
}
