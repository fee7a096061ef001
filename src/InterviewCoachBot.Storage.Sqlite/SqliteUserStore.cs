using Dapper;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Model;
using InterviewCoachBot.Engine.Ports;
using InterviewCoachBot.Engine.Time;
using Microsoft.Data.Sqlite;

namespace InterviewCoachBot.Storage.Sqlite;

internal sealed class SqliteUserStore(SqliteConnection connection, SqliteTransaction transaction, Action userDeleted) : IUserStore
{
    public async Task<UserAccount?> FindAsync(UserRef user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);

        const string sql = """
            SELECT id AS Id, platform AS Platform, external_id AS ExternalId, time_zone_id AS TimeZoneId, created_at AS CreatedAt,
                   working_days AS WorkingDays, name AS Name
            FROM users
            WHERE platform = @Platform AND external_id = @ExternalId
            """;
        // A NULL working_days or name leaves the account's default (Monday to Friday, no name).
        return await connection.QuerySingleOrDefaultAsync<UserAccount>(new CommandDefinition(
            sql,
            new { user.Platform, user.ExternalId },
            transaction,
            cancellationToken: cancellationToken));
    }

    public async Task<UserAccount> CreateAsync(UserRef user, string timeZoneId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentException.ThrowIfNullOrEmpty(timeZoneId);

        const string sql = """
            INSERT INTO users (platform, external_id, time_zone_id, created_at)
            VALUES (@Platform, @ExternalId, @TimeZoneId, @CreatedAt)
            RETURNING id
            """;
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            sql,
            new { user.Platform, user.ExternalId, TimeZoneId = timeZoneId, CreatedAt = now },
            transaction,
            cancellationToken: cancellationToken));
        return new UserAccount
        {
            Id = id,
            Platform = user.Platform,
            ExternalId = user.ExternalId,
            TimeZoneId = timeZoneId,
            CreatedAt = now.ToUniversalTime(),
        };
    }

    public Task SetTimeZoneAsync(long userId, string timeZoneId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(timeZoneId);
        return UpdateAsync(userId, "UPDATE users SET time_zone_id = @Value WHERE id = @UserId", timeZoneId, cancellationToken);
    }

    public Task SetWorkingDaysAsync(long userId, WorkingDays workingDays, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workingDays);
        return UpdateAsync(userId, "UPDATE users SET working_days = @Value WHERE id = @UserId", workingDays.ToString(), cancellationToken);
    }

    public Task SetNameAsync(long userId, string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return UpdateAsync(userId, "UPDATE users SET name = @Value WHERE id = @UserId", name, cancellationToken);
    }

    public async Task DeleteAsync(long userId, CancellationToken cancellationToken = default)
    {
        // Interviews, dialogs and nudges go by ON DELETE CASCADE. Sent messages (already blanked) are removed; a message still
        // owed to the user (such as the goodbye after "forget") stays, unlinked by ON DELETE SET NULL, and is blanked once sent.
        // Updates parked for an operator and the platform state an adapter keeps for the user (DM channels, button data) go
        // too. Inbox rows stay, as keyed hashes that name no one. secure_delete=ON overwrites the freed bytes, and the
        // transaction checkpoints the WAL after its commit, so the old pages do not linger there either.
        const string sql = """
            DELETE FROM parked_updates
            WHERE (platform, external_user_id) IN (SELECT platform, external_id FROM users WHERE id = @UserId);
            DELETE FROM platform_state
            WHERE (platform, owner_id) IN (SELECT platform, external_id FROM users WHERE id = @UserId);
            DELETE FROM outbox WHERE user_id = @UserId AND delivered_at IS NOT NULL;
            DELETE FROM users WHERE id = @UserId;
            """;
        await connection.ExecuteAsync(new CommandDefinition(sql, new { UserId = userId }, transaction, cancellationToken: cancellationToken));
        userDeleted();
    }

    private async Task UpdateAsync(long userId, string sql, string value, CancellationToken cancellationToken)
    {
        var updated = await connection.ExecuteAsync(new CommandDefinition(
            sql,
            new { UserId = userId, Value = value },
            transaction,
            cancellationToken: cancellationToken));
        if (updated == 0)
        {
            throw new KeyNotFoundException($"User {userId} does not exist.");
        }
    }
}
