using InterviewCoachBot.Engine.Messages;

namespace InterviewCoachBot.Engine.Ports;

/// <summary>Messages the bot owes a user, written in the same transaction as the change that caused them.</summary>
public interface IOutboxStore
{
    Task<long> AddAsync(long userId, string platform, string chatId, Reply reply, DateTimeOffset now, CancellationToken cancellationToken = default);
}
