using Dapper;
using InterviewCoachBot.Engine.Ports;

namespace InterviewCoachBot.Storage.Sqlite;

/// <summary>The dispatcher's statements, each on its own connection and short transaction.</summary>
/// <remarks>
/// These serve every user of a platform (or the audience given), so they filter by platform, audience and nudge id rather
/// than by one user. Claims run in <c>BEGIN IMMEDIATE</c>, so two processes never lease the same nudge at once.
/// </remarks>
public sealed class SqliteNudgeDispatchLog(SqliteDatabase database) : INudgeDispatchLog
{
    public async Task<IReadOnlyList<ClaimedNudge>> ClaimDueAsync(NudgeScope scope, DateTimeOffset now, TimeSpan lease, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);

        const string detailsSql = """
            SELECT n.id AS Id, n.user_id AS UserId, u.platform AS Platform, u.external_id AS ExternalUserId,
                   i.number AS InterviewNumber, n.rule AS Rule, n.anchor AS Anchor, n.due_at AS DueAt,
                   n.expires_at AS ExpiresAt, n.attempts AS Attempts
            FROM nudges n JOIN users u ON u.id = n.user_id JOIN interviews i ON i.id = n.interview_id
            WHERE n.id IN @Ids
            ORDER BY n.due_at, n.id
            """;
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var ids = (await connection.QueryAsync<long>(new CommandDefinition(
            NudgeWakeQueries.Claim(scope),
            new
            {
                Now = now,
                LeaseUntil = now + lease,
                scope.Platform,
                Audience = scope.ExternalUserIds ?? [],
                Limit = limit,
            },
            transaction,
            cancellationToken: cancellationToken))).AsList();
        if (ids.Count == 0)
        {
            return [];
        }

        var rows = await connection.QueryAsync<ClaimedRow>(new CommandDefinition(detailsSql, new { Ids = ids }, transaction, cancellationToken: cancellationToken));
        var claimed = rows.Select(row => row.ToClaimed()).ToList();
        await transaction.CommitAsync(cancellationToken);
        return claimed;
    }

    public async Task<DateTimeOffset?> NextWakeAsync(NudgeScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var next = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            NudgeWakeQueries.NextWake(scope),
            new { scope.Platform, Audience = scope.ExternalUserIds ?? [] },
            cancellationToken: cancellationToken));
        return next is null ? null : UtcDateTimeOffsetHandler.Parse(next);
    }

    public async Task MarkSentAsync(long nudgeId, DateTimeOffset now, bool late, CancellationToken cancellationToken = default)
    {
        // Unconditional on status: the message went out, even if a turn cancelled the nudge meanwhile.
        const string sql = """
            UPDATE nudges SET status = 'sent', sent_at = @Now, ended_at = @Now, late = @Late, lease_until = NULL
            WHERE id = @Id
            """;
        await ExecuteAsync(sql, new { Id = nudgeId, Now = now, Late = late }, cancellationToken);
    }

    public async Task EndAsync(long nudgeId, string status, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        if (status is not (StoredNudge.Skipped or StoredNudge.Cancelled or StoredNudge.Failed))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "A nudge ends as skipped, cancelled or failed.");
        }

        const string sql = """
            UPDATE nudges SET status = @Status, ended_at = @Now, lease_until = NULL
            WHERE id = @Id AND status = 'planned'
            """;
        await ExecuteAsync(sql, new { Id = nudgeId, Status = status, Now = now }, cancellationToken);
    }

    public async Task RetryAsync(long nudgeId, int attempts, DateTimeOffset retryAt, CancellationToken cancellationToken = default)
    {
        const string sql = """
            UPDATE nudges SET attempts = @Attempts, next_attempt_at = @RetryAt, lease_until = NULL
            WHERE id = @Id AND status = 'planned'
            """;
        await ExecuteAsync(sql, new { Id = nudgeId, Attempts = attempts, RetryAt = retryAt }, cancellationToken);
    }

    public async Task MarkUnreachableAsync(long userId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        const string sql = """
            UPDATE users SET unreachable_at = @Now WHERE id = @UserId;
            UPDATE nudges SET status = 'cancelled', lease_until = NULL, ended_at = @Now WHERE user_id = @UserId AND status = 'planned';
            """;
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await connection.ExecuteAsync(new CommandDefinition(sql, new { UserId = userId, Now = now }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task ExecuteAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
    }

    private sealed class ClaimedRow
    {
        public long Id { get; init; }

        public long UserId { get; init; }

        public required string Platform { get; init; }

        public required string ExternalUserId { get; init; }

        public long InterviewNumber { get; init; }

        public required string Rule { get; init; }

        public DateTimeOffset Anchor { get; init; }

        public DateTimeOffset DueAt { get; init; }

        public DateTimeOffset ExpiresAt { get; init; }

        public long Attempts { get; init; }

        public ClaimedNudge ToClaimed() =>
            new(Id, UserId, Platform, ExternalUserId, checked((int)InterviewNumber), Rule, Anchor, DueAt, ExpiresAt, checked((int)Attempts));
    }
}
