using InterviewCoachBot.Engine.Messages;

namespace InterviewCoachBot.Engine.Ports;

/// <summary>Messages the bot owes a user, written in the same transaction as the change that caused them.</summary>
public interface IOutboxStore
{
    /// <param name="userId">Null once the user was deleted (the goodbye after <c>forget</c>).</param>
    Task<long> AddAsync(long? userId, string platform, string chatId, Reply reply, DateTimeOffset now, CancellationToken cancellationToken = default);
}
