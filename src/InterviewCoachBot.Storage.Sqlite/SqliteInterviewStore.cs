using Dapper;
using InterviewCoachBot.Engine.Model;
using InterviewCoachBot.Engine.Ports;
using Microsoft.Data.Sqlite;

namespace InterviewCoachBot.Storage.Sqlite;

/// <summary>Every statement is filtered by <c>user_id</c>: a user can only ever reach their own interview #N.</summary>
internal sealed class SqliteInterviewStore(SqliteConnection connection, SqliteTransaction transaction) : IInterviewStore
{
    private const string Columns = """
        number AS Number, company AS Company, role AS Role, interviewers AS Interviewers,
        held_at AS HeldAt, channel AS Channel, created_at AS CreatedAt,
        thank_you_sent_at AS ThankYouSentAt, decision_by AS DecisionBy, follow_up_sent_at AS FollowUpSentAt,
        reply_received_at AS ReplyReceivedAt, outcome AS Outcome, outcome_at AS OutcomeAt,
        call_at AS CallAt, call_with AS CallWith, second_at AS SecondAt, more_info_by AS MoreInfoBy
        """;

    public async Task<Interview> AddAsync(long userId, NewInterview interview, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(interview);

        // Numbers come from a counter on the user, so the number of a deleted interview is never given to another one.
        const string takeNumberSql = """
            UPDATE users SET next_interview_number = next_interview_number + 1
            WHERE id = @UserId
            RETURNING next_interview_number - 1
            """;
        var number = await connection.QuerySingleOrDefaultAsync<int?>(new CommandDefinition(
            takeNumberSql,
            new { UserId = userId },
            transaction,
            cancellationToken: cancellationToken))
            ?? throw new KeyNotFoundException($"User {userId} does not exist.");

        const string insertSql = """
            INSERT INTO interviews (user_id, number, company, role, interviewers, held_at, channel, created_at)
            VALUES (@UserId, @Number, @Company, @Role, @Interviewers, @HeldAt, @Channel, @CreatedAt)
            """;
        await connection.ExecuteAsync(new CommandDefinition(
            insertSql,
            new
            {
                UserId = userId,
                Number = number,
                interview.Company,
                interview.Role,
                interview.Interviewers,
                interview.HeldAt,
                interview.Channel,
                interview.CreatedAt,
            },
            transaction,
            cancellationToken: cancellationToken));

        return new Interview
        {
            Number = number,
            Company = interview.Company,
            Role = interview.Role,
            Interviewers = interview.Interviewers,
            HeldAt = interview.HeldAt.ToUniversalTime(),
            Channel = interview.Channel,
            CreatedAt = interview.CreatedAt.ToUniversalTime(),
        };
    }

    public async Task<IReadOnlyList<Interview>> ListAsync(long userId, CancellationToken cancellationToken = default)
    {
        const string sql = $"""
            SELECT {Columns}
            FROM interviews
            WHERE user_id = @UserId
            ORDER BY number
            """;
        var interviews = await connection.QueryAsync<Interview>(new CommandDefinition(
            sql,
            new { UserId = userId },
            transaction,
            cancellationToken: cancellationToken));
        return interviews.AsList();
    }

    public async Task<Interview?> GetAsync(long userId, int number, CancellationToken cancellationToken = default)
    {
        const string sql = $"""
            SELECT {Columns}
            FROM interviews
            WHERE user_id = @UserId AND number = @Number
            """;
        return await connection.QuerySingleOrDefaultAsync<Interview>(new CommandDefinition(
            sql,
            new { UserId = userId, Number = number },
            transaction,
            cancellationToken: cancellationToken));
    }

    public async Task UpdateAsync(long userId, Interview interview, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(interview);

        // The number and the creation time are the identity of the interview; everything else may change.
        const string sql = """
            UPDATE interviews
            SET company = @Company, role = @Role, interviewers = @Interviewers, held_at = @HeldAt, channel = @Channel,
                thank_you_sent_at = @ThankYouSentAt, decision_by = @DecisionBy, follow_up_sent_at = @FollowUpSentAt,
                reply_received_at = @ReplyReceivedAt, outcome = @Outcome, outcome_at = @OutcomeAt,
                call_at = @CallAt, call_with = @CallWith, second_at = @SecondAt, more_info_by = @MoreInfoBy
            WHERE user_id = @UserId AND number = @Number
            """;
        var updated = await connection.ExecuteAsync(new CommandDefinition(
            sql,
            new
            {
                UserId = userId,
                interview.Number,
                interview.Company,
                interview.Role,
                interview.Interviewers,
                interview.HeldAt,
                interview.Channel,
                interview.ThankYouSentAt,
                interview.DecisionBy,
                interview.FollowUpSentAt,
                interview.ReplyReceivedAt,
                interview.Outcome,
                interview.OutcomeAt,
                interview.CallAt,
                interview.CallWith,
                interview.SecondAt,
                interview.MoreInfoBy,
            },
            transaction,
            cancellationToken: cancellationToken));
        if (updated == 0)
        {
            throw new KeyNotFoundException($"User {userId} has no interview #{interview.Number}.");
        }
    }

    public async Task<bool> DeleteAsync(long userId, int number, CancellationToken cancellationToken = default)
    {
        const string sql = """
            DELETE FROM interviews WHERE user_id = @UserId AND number = @Number
            """;
        var deleted = await connection.ExecuteAsync(new CommandDefinition(
            sql,
            new { UserId = userId, Number = number },
            transaction,
            cancellationToken: cancellationToken));
        return deleted == 1;
    }
}
