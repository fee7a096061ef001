using Dapper;
using InterviewCoachBot.Engine.Ports;
using Microsoft.Data.Sqlite;

namespace InterviewCoachBot.Storage.Sqlite;

/// <summary>Every statement is filtered by <c>user_id</c>: a user only ever reaches their own settings, interviews and nudges.</summary>
internal sealed class SqliteNudgeStore(SqliteConnection connection, SqliteTransaction transaction) : INudgeStore
{
    private const string NudgeColumns = """
        n.id AS Id, i.number AS InterviewNumber, i.company AS Company, n.rule AS Rule,
        n.due_at AS DueAt, n.expires_at AS ExpiresAt, n.status AS Status
        """;

    public async Task<NudgeSettings> GetSettingsAsync(long userId, CancellationToken cancellationToken = default)
    {
        const string sql = """
            SELECT nudges_on AS NudgesOn, quiet_hours AS QuietHours, unreachable_at AS UnreachableAt
            FROM users WHERE id = @UserId
            """;
        var row = await connection.QuerySingleOrDefaultAsync<SettingsRow>(Command(sql, new { UserId = userId }, cancellationToken));
        return row is null ? NudgeSettings.Default : new NudgeSettings(row.NudgesOn != 0, row.QuietHours, row.UnreachableAt);
    }

    public async Task SetOnAsync(long userId, bool enabled, CancellationToken cancellationToken = default)
    {
        const string sql = "UPDATE users SET nudges_on = @On WHERE id = @UserId";
        await connection.ExecuteAsync(Command(sql, new { UserId = userId, On = enabled }, cancellationToken));
    }

    public async Task SetQuietHoursAsync(long userId, string? quietHours, CancellationToken cancellationToken = default)
    {
        const string sql = "UPDATE users SET quiet_hours = @QuietHours WHERE id = @UserId";
        await connection.ExecuteAsync(Command(sql, new { UserId = userId, QuietHours = quietHours }, cancellationToken));
    }

    public async Task ClearUnreachableAsync(long userId, CancellationToken cancellationToken = default)
    {
        const string sql = "UPDATE users SET unreachable_at = NULL WHERE id = @UserId";
        await connection.ExecuteAsync(Command(sql, new { UserId = userId }, cancellationToken));
    }

    public async Task<IReadOnlySet<int>> StoppedAsync(long userId, CancellationToken cancellationToken = default)
    {
        const string sql = "SELECT number FROM interviews WHERE user_id = @UserId AND nudges_stopped = 1";
        var numbers = await connection.QueryAsync<int>(Command(sql, new { UserId = userId }, cancellationToken));
        return numbers.ToHashSet();
    }

    public async Task<bool> SetStoppedAsync(long userId, int interviewNumber, bool stopped, CancellationToken cancellationToken = default)
    {
        const string sql = "UPDATE interviews SET nudges_stopped = @Stopped WHERE user_id = @UserId AND number = @Number";
        return await connection.ExecuteAsync(Command(sql, new { UserId = userId, Number = interviewNumber, Stopped = stopped }, cancellationToken)) == 1;
    }

    public async Task<bool> ReconcileAsync(long userId, int interviewNumber, IReadOnlyList<PlannedNudge> wanted, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        const string existingSql = """
            SELECT n.id AS Id, n.rule AS Rule, n.anchor AS Anchor, n.status AS Status, n.snoozed AS Snoozed,
                   n.due_at AS DueAt, n.expires_at AS ExpiresAt
            FROM nudges n JOIN interviews i ON i.id = n.interview_id
            WHERE i.user_id = @UserId AND i.number = @Number
            """;
        var existing = (await connection.QueryAsync<ExistingRow>(Command(existingSql, new { UserId = userId, Number = interviewNumber }, cancellationToken))).AsList();
        var changed = false;
        foreach (var nudge in wanted)
        {
            var row = existing.Find(candidate => candidate.Rule == nudge.Rule && candidate.Anchor == nudge.Anchor);
            changed |= row is null
                ? nudge.DueAt > now && await InsertAsync(userId, interviewNumber, nudge, cancellationToken)
                : await UpdateAsync(userId, row, nudge, now, cancellationToken);
        }

        var unwanted = existing
            .Where(row => row.Status == StoredNudge.Planned && !wanted.Any(nudge => nudge.Rule == row.Rule && nudge.Anchor == row.Anchor))
            .Select(row => row.Id)
            .ToList();
        if (unwanted.Count > 0)
        {
            const string cancelSql = """
                UPDATE nudges SET status = 'cancelled', lease_until = NULL, ended_at = @Now
                WHERE user_id = @UserId AND id IN @Ids AND status = 'planned'
                """;
            await connection.ExecuteAsync(Command(cancelSql, new { UserId = userId, Ids = unwanted, Now = now }, cancellationToken));
        }

        return changed;
    }

    public async Task<IReadOnlyList<StoredNudge>> ListPlannedAsync(long userId, CancellationToken cancellationToken = default)
    {
        const string sql = $"""
            SELECT {NudgeColumns}
            FROM nudges n JOIN interviews i ON i.id = n.interview_id
            WHERE n.user_id = @UserId AND n.status = 'planned'
            ORDER BY n.due_at, n.id
            """;
        var rows = await connection.QueryAsync<NudgeRow>(Command(sql, new { UserId = userId }, cancellationToken));
        return [.. rows.Select(row => row.ToNudge())];
    }

    public async Task<StoredNudge?> GetAsync(long userId, long nudgeId, CancellationToken cancellationToken = default)
    {
        const string sql = $"""
            SELECT {NudgeColumns}
            FROM nudges n JOIN interviews i ON i.id = n.interview_id
            WHERE n.user_id = @UserId AND n.id = @Id
            """;
        var row = await connection.QuerySingleOrDefaultAsync<NudgeRow>(Command(sql, new { UserId = userId, Id = nudgeId }, cancellationToken));
        return row?.ToNudge();
    }

    public async Task<bool> SnoozeAsync(long userId, long nudgeId, DateTimeOffset dueAt, CancellationToken cancellationToken = default)
    {
        const string sql = """
            UPDATE nudges
            SET due_at = @DueAt, status = 'planned', snoozed = 1, attempts = 0, next_attempt_at = NULL, lease_until = NULL,
                late = 0, ended_at = NULL
            WHERE user_id = @UserId AND id = @Id AND status IN ('planned', 'sent') AND expires_at > @DueAt
            """;
        return await connection.ExecuteAsync(Command(sql, new { UserId = userId, Id = nudgeId, DueAt = dueAt }, cancellationToken)) == 1;
    }

    private async Task<bool> InsertAsync(long userId, int interviewNumber, PlannedNudge nudge, CancellationToken cancellationToken)
    {
        const string sql = """
            INSERT INTO nudges (user_id, interview_id, rule, anchor, due_at, expires_at)
            SELECT @UserId, id, @Rule, @Anchor, @DueAt, @ExpiresAt FROM interviews WHERE user_id = @UserId AND number = @Number
            ON CONFLICT (interview_id, rule, anchor) DO NOTHING
            """;
        var parameters = new { UserId = userId, Number = interviewNumber, nudge.Rule, nudge.Anchor, nudge.DueAt, nudge.ExpiresAt };
        return await connection.ExecuteAsync(Command(sql, parameters, cancellationToken)) == 1;
    }

    private async Task<bool> UpdateAsync(long userId, ExistingRow row, PlannedNudge nudge, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (row.Status == StoredNudge.Cancelled && nudge.DueAt > now)
        {
            // Wanted again (a step un-done, reminders turned back on): plan it afresh.
            const string reviveSql = """
                UPDATE nudges
                SET status = 'planned', due_at = @DueAt, expires_at = @ExpiresAt, snoozed = 0, attempts = 0,
                    next_attempt_at = NULL, lease_until = NULL, ended_at = NULL
                WHERE user_id = @UserId AND id = @Id AND status = 'cancelled'
                """;
            return await connection.ExecuteAsync(Command(reviveSql, new { UserId = userId, row.Id, nudge.DueAt, nudge.ExpiresAt }, cancellationToken)) == 1;
        }

        var due = row.Snoozed != 0 ? row.DueAt : nudge.DueAt;
        if (row.Status != StoredNudge.Planned || (row.DueAt == due && row.ExpiresAt == nudge.ExpiresAt))
        {
            return false;
        }

        if (due != row.DueAt && due <= now)
        {
            // Its new time has passed (10:00 in a zone changed to is already behind): moving it there would send it at once,
            // called late as if the bot had been offline. Like a new nudge whose time has passed, it is not planned.
            const string droppedSql = """
                UPDATE nudges SET status = 'cancelled', lease_until = NULL, ended_at = @Now WHERE user_id = @UserId AND id = @Id AND status = 'planned'
                """;
            await connection.ExecuteAsync(Command(droppedSql, new { UserId = userId, row.Id, Now = now }, cancellationToken));
            return false;
        }

        const string moveSql = """
            UPDATE nudges SET due_at = @DueAt, expires_at = @ExpiresAt WHERE user_id = @UserId AND id = @Id AND status = 'planned'
            """;
        return await connection.ExecuteAsync(Command(moveSql, new { UserId = userId, row.Id, DueAt = due, nudge.ExpiresAt }, cancellationToken)) == 1;
    }

    private CommandDefinition Command(string sql, object parameters, CancellationToken cancellationToken) =>
        new(sql, parameters, transaction, cancellationToken: cancellationToken);

    private sealed class SettingsRow
    {
        public long NudgesOn { get; init; }

        public string? QuietHours { get; init; }

        public DateTimeOffset? UnreachableAt { get; init; }
    }

    private sealed class ExistingRow
    {
        public long Id { get; init; }

        public required string Rule { get; init; }

        public DateTimeOffset Anchor { get; init; }

        public required string Status { get; init; }

        public long Snoozed { get; init; }

        public DateTimeOffset DueAt { get; init; }

        public DateTimeOffset ExpiresAt { get; init; }
    }

    private sealed class NudgeRow
    {
        public long Id { get; init; }

        public long InterviewNumber { get; init; }

        public required string Company { get; init; }

        public required string Rule { get; init; }

        public DateTimeOffset DueAt { get; init; }

        public DateTimeOffset ExpiresAt { get; init; }

        public required string Status { get; init; }

        public StoredNudge ToNudge() => new(Id, checked((int)InterviewNumber), Company, Rule, DueAt, ExpiresAt, Status);
    }
}
