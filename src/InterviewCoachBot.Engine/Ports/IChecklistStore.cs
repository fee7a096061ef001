namespace InterviewCoachBot.Engine.Ports;

/// <summary>Which checklist items the candidate ticked, per interview. Scoped to the user id given.</summary>
public interface IChecklistStore
{
    Task<IReadOnlySet<string>> TickedAsync(long userId, int interviewNumber, string checklist, CancellationToken cancellationToken = default);

    /// <returns>False when the user has no such interview.</returns>
    Task<bool> SetAsync(long userId, int interviewNumber, string checklist, string item, bool ticked, DateTimeOffset now, CancellationToken cancellationToken = default);
}
