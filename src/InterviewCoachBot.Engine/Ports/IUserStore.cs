using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Model;
using InterviewCoachBot.Engine.Time;

namespace InterviewCoachBot.Engine.Ports;

public interface IUserStore
{
    Task<UserAccount?> FindAsync(UserRef user, CancellationToken cancellationToken = default);

    Task<UserAccount> CreateAsync(UserRef user, string timeZoneId, DateTimeOffset now, CancellationToken cancellationToken = default);

    Task SetTimeZoneAsync(long userId, string timeZoneId, CancellationToken cancellationToken = default);

    Task SetWorkingDaysAsync(long userId, WorkingDays workingDays, CancellationToken cancellationToken = default);

    /// <summary>Stores the name drafts are signed with.</summary>
    Task SetNameAsync(long userId, string name, CancellationToken cancellationToken = default);

    /// <summary>Deletes the user and every row that belongs to them.</summary>
    Task DeleteAsync(long userId, CancellationToken cancellationToken = default);
}
