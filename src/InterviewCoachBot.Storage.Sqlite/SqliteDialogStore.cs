using System.Text.Json;
using Dapper;
using InterviewCoachBot.Engine.Model;
using InterviewCoachBot.Engine.Ports;
using Microsoft.Data.Sqlite;

namespace InterviewCoachBot.Storage.Sqlite;

internal sealed class SqliteDialogStore(SqliteConnection connection, SqliteTransaction transaction) : IDialogStore
{
    public async Task<DialogState?> GetAsync(long userId, string chatId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chatId);

        const string sql = """
            SELECT kind AS Kind, step AS Step, values_json AS ValuesJson, updated_at AS UpdatedAt
            FROM dialogs
            WHERE user_id = @UserId AND chat_id = @ChatId
            """;
        var row = await connection.QuerySingleOrDefaultAsync<DialogRow>(new CommandDefinition(
            sql,
            new { UserId = userId, ChatId = chatId },
            transaction,
            cancellationToken: cancellationToken));
        if (row is null)
        {
            return null;
        }

        var values = JsonSerializer.Deserialize(row.ValuesJson, StorageJsonContext.Default.DictionaryStringString) ?? [];
        return new DialogState(row.Kind, row.Step, new Dictionary<string, string>(values, StringComparer.Ordinal), row.UpdatedAt);
    }

    public async Task SaveAsync(long userId, string chatId, DialogState state, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chatId);
        ArgumentNullException.ThrowIfNull(state);

        const string sql = """
            INSERT INTO dialogs (user_id, chat_id, kind, step, values_json, updated_at)
            VALUES (@UserId, @ChatId, @Kind, @Step, @ValuesJson, @UpdatedAt)
            ON CONFLICT (user_id, chat_id) DO UPDATE SET
                kind = excluded.kind,
                step = excluded.step,
                values_json = excluded.values_json,
                updated_at = excluded.updated_at
            """;
        var values = new Dictionary<string, string>(state.Values, StringComparer.Ordinal);
        await connection.ExecuteAsync(new CommandDefinition(
            sql,
            new
            {
                UserId = userId,
                ChatId = chatId,
                state.Kind,
                state.Step,
                ValuesJson = JsonSerializer.Serialize(values, StorageJsonContext.Default.DictionaryStringString),
                state.UpdatedAt,
            },
            transaction,
            cancellationToken: cancellationToken));
    }

    public async Task ClearAsync(long userId, string chatId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chatId);

        const string sql = """
            DELETE FROM dialogs WHERE user_id = @UserId AND chat_id = @ChatId
            """;
        await connection.ExecuteAsync(new CommandDefinition(sql, new { UserId = userId, ChatId = chatId }, transaction, cancellationToken: cancellationToken));
    }

    private sealed class DialogRow
    {
        public required string Kind { get; init; }

        public required string Step { get; init; }

        public required string ValuesJson { get; init; }

        public required DateTimeOffset UpdatedAt { get; init; }
    }
}
