using Dapper;
using InterviewCoachBot.Engine.Ports;
using Microsoft.Data.Sqlite;

namespace InterviewCoachBot.Storage.Sqlite;

/// <summary>Notes reach their interview only through the user's own (user_id, number) pair.</summary>
internal sealed class SqliteNoteStore(SqliteConnection connection, SqliteTransaction transaction) : INoteStore
{
    public async Task<bool> AddAsync(long userId, int interviewNumber, string sheet, string section, string text, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        const string sql = """
            INSERT INTO notes (interview_id, sheet, section, text, created_at)
            SELECT id, @Sheet, @Section, @Text, @Now FROM interviews WHERE user_id = @UserId AND number = @Number
            """;
        var added = await connection.ExecuteAsync(new CommandDefinition(
            sql,
            new { UserId = userId, Number = interviewNumber, Sheet = sheet, Section = section, Text = text, Now = now },
            transaction,
            cancellationToken: cancellationToken));
        return added == 1;
    }

    public async Task<IReadOnlyList<Note>> ListAsync(long userId, int interviewNumber, string sheet, CancellationToken cancellationToken = default)
    {
        const string sql = """
            SELECT n.section AS Section, n.text AS Text, n.created_at AS CreatedAt
            FROM notes n JOIN interviews i ON i.id = n.interview_id
            WHERE i.user_id = @UserId AND i.number = @Number AND n.sheet = @Sheet
            ORDER BY n.id
            """;
        var notes = await connection.QueryAsync<NoteRow>(new CommandDefinition(
            sql,
            new { UserId = userId, Number = interviewNumber, Sheet = sheet },
            transaction,
            cancellationToken: cancellationToken));
        return [.. notes.Select(row => new Note(row.Section, row.Text, row.CreatedAt))];
    }

    private sealed class NoteRow
    {
        public required string Section { get; init; }

        public required string Text { get; init; }

        public required DateTimeOffset CreatedAt { get; init; }
    }
}
