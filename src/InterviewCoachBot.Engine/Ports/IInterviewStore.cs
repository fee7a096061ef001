using InterviewCoachBot.Engine.Model;

namespace InterviewCoachBot.Engine.Ports;

/// <summary>A user's interviews. Every method is scoped to the user id it is given.</summary>
public interface IInterviewStore
{
    /// <summary>Adds the interview under the user's next free number and returns it.</summary>
    Task<Interview> AddAsync(long userId, NewInterview interview, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Interview>> ListAsync(long userId, CancellationToken cancellationToken = default);

    Task<Interview?> GetAsync(long userId, int number, CancellationToken cancellationToken = default);

    Task UpdateAsync(long userId, Interview interview, CancellationToken cancellationToken = default);

    Task<bool> DeleteAsync(long userId, int number, CancellationToken cancellationToken = default);
}
