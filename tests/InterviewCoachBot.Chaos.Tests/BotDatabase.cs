using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace InterviewCoachBot.Chaos.Tests;

/// <summary>Read-only looks into the bot's SQLite file (WAL: readable while the bot runs).</summary>
internal sealed class BotDatabase(string path)
{
    private const string NudgesSql = """
        SELECT u.platform, u.external_id, i.company, n.rule, n.status, n.due_at, n.late
        FROM nudges n JOIN interviews i ON i.id = n.interview_id JOIN users u ON u.id = n.user_id
        WHERE i.company LIKE 'Nudge%'
        """;

    private const string InterviewsSql = "SELECT u.platform, u.external_id, i.company FROM interviews i JOIN users u ON u.id = i.user_id";

    /// <summary><c>PRAGMA integrity_check</c>: "ok" or the problems it lists.</summary>
    public string IntegrityCheck() => string.Join("; ", Rows("PRAGMA integrity_check", r => r.GetString(0)));

    public IReadOnlyList<NudgeRow> Nudges() => Rows(NudgesSql, r => new NudgeRow(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4),
        DateTimeOffset.ParseExact(r.GetString(5), "O", CultureInfo.InvariantCulture, DateTimeStyles.None), r.GetInt64(6) != 0));

    /// <summary>Every interview as (platform, user, company).</summary>
    public IReadOnlyList<(string Platform, string User, string Company)> Interviews() =>
        Rows(InterviewsSql, r => (r.GetString(0), r.GetString(1), r.GetString(2)));

    /// <summary>
    /// Whether a platform event was applied: the inbox keeps its dedupe key as HMAC-SHA-256 with the database's own secret
    /// (so a forgotten user's keys reveal nothing), which is computed here independently of the bot.
    /// </summary>
    public Func<string, bool> InboxContains(string platform)
    {
        var secret = Rows("SELECT value FROM secrets WHERE name = 'inbox'", r => (byte[])r.GetValue(0)).Single();
        var stored = Rows("SELECT dedupe_key FROM inbox WHERE platform = $p", r => r.GetString(0), ("$p", platform)).ToHashSet(StringComparer.Ordinal);
        return key => stored.Contains(Convert.ToHexStringLower(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(key))));
    }

    /// <summary>The payloads of outbox rows still waiting to be shown (at the next start), per platform.</summary>
    public IReadOnlyList<string> UndeliveredReplies(string platform) =>
        Rows("SELECT payload_json FROM outbox WHERE delivered_at IS NULL AND platform = $p", r => r.GetString(0), ("$p", platform));

    private List<T> Rows<T>(string sql, Func<SqliteDataReader, T> read, params (string Name, object Value)[] parameters)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
