using Dapper;
using InterviewCoachBot.Engine.Ports;
using Microsoft.Data.Sqlite;

namespace InterviewCoachBot.Storage.Sqlite;

/// <summary>Ticks reach their interview only through the user's own (user_id, number) pair.</summary>
internal sealed class SqliteChecklistStore(SqliteConnection connection, SqliteTransaction transaction) : IChecklistStore
{
    public async Task<IReadOnlySet<string>> TickedAsync(long userId, int interviewNumber, string checklist, CancellationToken cancellationToken = default)
    {
        const string sql = """
            SELECT t.item
            FROM checklist_ticks t JOIN interviews i ON i.id = t.interview_id
            WHERE i.user_id = @UserId AND i.number = @Number AND t.checklist = @Checklist
            """;
        var items = await connection.QueryAsync<string>(new CommandDefinition(
            sql,
            new { UserId = userId, Number = interviewNumber, Checklist = checklist },
            transaction,
            cancellationToken: cancellationToken));
        return items.ToHashSet(StringComparer.Ordinal);
    }

    public async Task<bool> SetAsync(long userId, int interviewNumber, string checklist, string item, bool ticked, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        const string tickSql = """
            INSERT INTO checklist_ticks (interview_id, checklist, item, ticked_at)
            SELECT id, @Checklist, @Item, @Now FROM interviews WHERE user_id = @UserId AND number = @Number
            ON CONFLICT (interview_id, checklist, item) DO NOTHING
            """;
        const string untickSql = """
            DELETE FROM checklist_ticks
            WHERE checklist = @Checklist AND item = @Item
              AND interview_id = (SELECT id FROM interviews WHERE user_id = @UserId AND number = @Number)
            """;
        const string existsSql = "SELECT COUNT(*) FROM interviews WHERE user_id = @UserId AND number = @Number";
        var parameters = new { UserId = userId, Number = interviewNumber, Checklist = checklist, Item = item, Now = now };
        await connection.ExecuteAsync(new CommandDefinition(ticked ? tickSql : untickSql, parameters, transaction, cancellationToken: cancellationToken));
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(existsSql, parameters, transaction, cancellationToken: cancellationToken)) == 1;
    }
}
