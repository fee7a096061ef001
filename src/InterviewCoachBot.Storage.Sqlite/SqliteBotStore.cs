using InterviewCoachBot.Engine.Ports;

namespace InterviewCoachBot.Storage.Sqlite;

/// <summary>Each unit of work is one connection with one <c>BEGIN IMMEDIATE</c> transaction.</summary>
/// <remarks>
/// Taking the write lock up front avoids the read-then-upgrade deadlock of deferred transactions; a second writer waits up
/// to <see cref="SqliteStorageOptions.BusyTimeout"/> for it.
/// </remarks>
public sealed class SqliteBotStore(SqliteDatabase database) : IBotStore
{
    public async Task<IBotTransaction> BeginAsync(CancellationToken cancellationToken = default)
    {
        var connection = await database.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = connection.BeginTransaction(deferred: false);
            return new SqliteBotTransaction(database, connection, transaction);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
