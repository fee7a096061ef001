using InterviewCoachBot.Engine.Ports;

namespace InterviewCoachBot.Storage.Sqlite;

/// <summary>The dispatcher's two reads of the planned nudges, both walking <c>nudges_planned_wake</c> (migration 0007).</summary>
/// <remarks>
/// Every user of a platform: start at the earliest wake time and stop at the limit, looking up each nudge's user by key.
/// INDEXED BY makes a lost index an error rather than a silent full scan. The user is checked in a scalar subquery, not a
/// join (or an EXISTS, which SQLite turns into one): for a join SQLite first builds a Bloom filter over every user, which
/// cost 0.4-0.7 ms per call at 10,000 users.
/// A named audience (the console's one user) is a few users: start from them.
/// </remarks>
internal static class NudgeWakeQueries
{
    /// <summary>Leases up to <c>@Limit</c> claimable nudges until <c>@LeaseUntil</c>; returns their ids.</summary>
    public static string Claim(NudgeScope scope) => $"""
        UPDATE nudges SET lease_until = @LeaseUntil
        WHERE id IN (
            SELECT n.id
            {From(scope)}
            WHERE n.status = 'planned' AND n.wake_at <= @Now AND {UserFilter(scope)}
            ORDER BY n.wake_at, n.id
            LIMIT @Limit)
        RETURNING id
        """;

    /// <summary>The moment the next planned nudge can be claimed, as stored text, or no row.</summary>
    public static string NextWake(NudgeScope scope) => $"""
        SELECT n.wake_at
        {From(scope)}
        WHERE n.status = 'planned' AND {UserFilter(scope)}
        ORDER BY n.wake_at, n.id
        LIMIT 1
        """;

    private static string From(NudgeScope scope) => scope.ExternalUserIds is null
        ? "FROM nudges n INDEXED BY nudges_planned_wake"
        : "FROM users u CROSS JOIN nudges n ON n.user_id = u.id";

    private static string UserFilter(NudgeScope scope) => scope.ExternalUserIds is null
        ? "(SELECT u.platform FROM users u WHERE u.id = n.user_id) = @Platform"
        : "u.platform = @Platform AND u.external_id IN @Audience";
}
