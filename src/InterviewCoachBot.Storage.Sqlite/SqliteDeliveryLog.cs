using System.Text.Json;
using Dapper;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Ports;

namespace InterviewCoachBot.Storage.Sqlite;

/// <summary>The outbox seen from the sender: each call is its own short autocommit statement on its own connection.</summary>
/// <remarks>
/// These two statements serve every user of a platform, so they filter by platform and outbox id rather than by user.
/// Marking a message delivered blanks its chat and body: once sent, no message text stays in the file.
/// </remarks>
public sealed class SqliteDeliveryLog(SqliteDatabase database) : IDeliveryLog
{
    /// <remarks>
    /// The reply is shown already; this mark only spares it a resend after a crash, so it commits without an fsync of its
    /// own (WAL with synchronous NORMAL, on this connection only: the next open sets the configured level again). It
    /// survives a process crash, and the next turn's commit makes it durable; a power cut before that resends the reply
    /// once, as a crash between the send and this mark would.
    /// </remarks>
    public async Task MarkDeliveredAsync(long outboxId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        const string sql = """
            PRAGMA synchronous = NORMAL;
            UPDATE outbox
            SET delivered_at = @DeliveredAt, chat_id = NULL, payload_json = NULL
            WHERE id = @OutboxId AND delivered_at IS NULL
            """;
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            sql,
            new { OutboxId = outboxId, DeliveredAt = now },
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<Delivery>> ListUndeliveredAsync(string platform, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(platform);

        const string sql = """
            SELECT id AS OutboxId, chat_id AS ChatId, payload_json AS PayloadJson
            FROM outbox
            WHERE platform = @Platform AND delivered_at IS NULL
            ORDER BY id
            """;
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<OutboxRow>(new CommandDefinition(
            sql,
            new { Platform = platform },
            cancellationToken: cancellationToken));
        return [.. rows.Select(row => new Delivery(row.OutboxId, row.ChatId, ReadReply(row)))];
    }

    private static Reply ReadReply(OutboxRow row) =>
        JsonSerializer.Deserialize(row.PayloadJson, StorageJsonContext.Default.ReplyPayload)?.ToReply()
        ?? throw new InvalidDataException($"Outbox message {row.OutboxId} has an empty payload.");

    private sealed class OutboxRow
    {
        public required long OutboxId { get; init; }

        public required string ChatId { get; init; }

        public required string PayloadJson { get; init; }
    }
}
