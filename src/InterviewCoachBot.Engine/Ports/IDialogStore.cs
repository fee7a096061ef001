using InterviewCoachBot.Engine.Model;

namespace InterviewCoachBot.Engine.Ports;

/// <summary>The open wizard of a user in one chat.</summary>
public interface IDialogStore
{
    Task<DialogState?> GetAsync(long userId, string chatId, CancellationToken cancellationToken = default);

    Task SaveAsync(long userId, string chatId, DialogState state, CancellationToken cancellationToken = default);

    Task ClearAsync(long userId, string chatId, CancellationToken cancellationToken = default);
}
