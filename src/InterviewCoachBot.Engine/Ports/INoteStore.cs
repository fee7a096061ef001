namespace InterviewCoachBot.Engine.Ports;

/// <summary>The candidate's notes on an interview, grouped by sheet and section. Scoped to the user id given.</summary>
public interface INoteStore
{
    /// <returns>False when the user has no such interview.</returns>
    Task<bool> AddAsync(long userId, int interviewNumber, string sheet, string section, string text, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>The notes of one sheet, oldest first.</summary>
    Task<IReadOnlyList<Note>> ListAsync(long userId, int interviewNumber, string sheet, CancellationToken cancellationToken = default);
}
