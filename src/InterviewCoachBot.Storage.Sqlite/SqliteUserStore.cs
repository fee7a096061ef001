using Dapper;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Model;
using InterviewCoachBot.Engine.Ports;
using Microsoft.Data.Sqlite;

namespace InterviewCoachBot.Storage.Sqlite;

internal sealed class SqliteUserStore(SqliteConnection connection, SqliteTransaction transaction, Action userDeleted) : IUserStore
{
    public async Task<UserAccount?> FindAsync(UserRef user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);

        const string sql = """
            SELECT id AS Id, platform AS Platform, external_id AS ExternalId, time_zone_id AS TimeZoneId, created_at AS CreatedAt
            FROM users
            WHERE platform = @Platform AND external_id = @ExternalId
            """;
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

    public async Task SetTimeZoneAsync(long userId, string timeZoneId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(timeZoneId);

        const string sql = """
            UPDATE users SET time_zone_id = @TimeZoneId WHERE id = @UserId
            """;
        var updated = await connection.ExecuteAsync(new CommandDefinition(
            sql,
            new { UserId = userId, TimeZoneId = timeZoneId },
            transaction,
            cancellationToken: cancellationToken));
        if (updated == 0)
        {
            throw new KeyNotFoundException($"User {userId} does not exist.");
        }
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
}
