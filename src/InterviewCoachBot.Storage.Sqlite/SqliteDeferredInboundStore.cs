using System.Text.Json;
using Dapper;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Ports;

namespace InterviewCoachBot.Storage.Sqlite;

/// <summary>Deferred messages of users over their rate limit; each call is its own short autocommit statement.</summary>
public sealed class SqliteDeferredInboundStore(SqliteDatabase database) : IDeferredInboundStore
{
    public async Task<bool> AddAsync(Inbound inbound, string context, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(context);
        const string sql = """
            INSERT INTO deferred_inbound (platform, external_user_id, dedupe_key, chat_id, content_json, time_zone_hint, context, received_at)
            VALUES (@Platform, @ExternalUserId, @DedupeKey, @ChatId, @ContentJson, @TimeZoneHint, @Context, @Now)
            ON CONFLICT (platform, dedupe_key) DO NOTHING
            """;
        var content = JsonSerializer.Serialize(InboundContentPayload.From(inbound.Content), StorageJsonContext.Default.InboundContentPayload);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            sql,
            new
            {
                inbound.User.Platform,
                ExternalUserId = inbound.User.ExternalId,
                inbound.DedupeKey,
                inbound.ChatId,
                ContentJson = content,
                inbound.TimeZoneHint,
                Context = context,
                Now = now,
            },
            cancellationToken: cancellationToken));
        return inserted == 1;
    }

    public async Task<DeferredInbound?> FirstAsync(UserRef user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        const string sql = """
            SELECT id AS Id, dedupe_key AS DedupeKey, chat_id AS ChatId, content_json AS ContentJson, time_zone_hint AS TimeZoneHint, context AS Context
            FROM deferred_inbound
            WHERE platform = @Platform AND external_user_id = @ExternalId
            ORDER BY id
            LIMIT 1
            """;
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<DeferredRow>(new CommandDefinition(
            sql,
            new { user.Platform, user.ExternalId },
            cancellationToken: cancellationToken));
        if (row is null)
        {
            return null;
        }

        var content = JsonSerializer.Deserialize(row.ContentJson, StorageJsonContext.Default.InboundContentPayload)
            ?? throw new InvalidDataException($"Deferred message {row.Id} has an empty payload.");
        return new DeferredInbound(row.Id, new Inbound(user, row.ChatId, content.ToContent(), row.DedupeKey, row.TimeZoneHint), row.Context);
    }

    public async Task RemoveAsync(long id, CancellationToken cancellationToken = default)
    {
        const string sql = "DELETE FROM deferred_inbound WHERE id = @Id";
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql, new { Id = id }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<DeferredBacklog>> ListBacklogsAsync(CancellationToken cancellationToken = default)
    {
        const string sql = """
            SELECT platform AS Platform, external_user_id AS ExternalId, COUNT(*) AS Count
            FROM deferred_inbound
            GROUP BY platform, external_user_id
            """;
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<BacklogRow>(new CommandDefinition(sql, cancellationToken: cancellationToken));
        return [.. rows.Select(row => new DeferredBacklog(new UserRef(row.Platform, row.ExternalId), (int)row.Count))];
    }

    private sealed class DeferredRow
    {
        public required long Id { get; init; }

        public required string DedupeKey { get; init; }

        public required string ChatId { get; init; }

        public required string ContentJson { get; init; }

        public string? TimeZoneHint { get; init; }

        public required string Context { get; init; }
    }

    private sealed class BacklogRow
    {
        public required string Platform { get; init; }

        public required string ExternalId { get; init; }

        public required long Count { get; init; }
    }
}
