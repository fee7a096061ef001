using System.Text.Json;
using Dapper;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Ports;
using Microsoft.Data.Sqlite;

namespace InterviewCoachBot.Storage.Sqlite;

internal sealed class SqliteOutboxStore(SqliteConnection connection, SqliteTransaction transaction) : IOutboxStore
{
    public async Task<long> AddAsync(long? userId, string platform, string chatId, Reply reply, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(platform);
        ArgumentException.ThrowIfNullOrEmpty(chatId);
        ArgumentNullException.ThrowIfNull(reply);

        // No user (the goodbye after "forget"), or one already deleted in this transaction: the message is then owed to the
        // chat only, with no link to anyone, instead of failing the foreign key.
        const string sql = """
            INSERT INTO outbox (user_id, platform, chat_id, payload_json, created_at)
            VALUES ((SELECT id FROM users WHERE id = @UserId), @Platform, @ChatId, @PayloadJson, @CreatedAt)
            RETURNING id
            """;
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            sql,
            new
            {
                UserId = userId,
                Platform = platform,
                ChatId = chatId,
                PayloadJson = JsonSerializer.Serialize(ReplyPayload.From(reply), StorageJsonContext.Default.ReplyPayload),
                CreatedAt = now,
            },
            transaction,
            cancellationToken: cancellationToken));
    }
}
