namespace InterviewCoachBot.Engine.Ports;

/// <summary>
/// One transaction: dedupe record, state changes and outgoing messages commit together or not at all.
/// </summary>
public interface IBotTransaction : IAsyncDisposable
{
    IInboxStore Inbox { get; }

    IUserStore Users { get; }

    IDialogStore Dialogs { get; }

    IInterviewStore Interviews { get; }

    IOutboxStore Outbox { get; }

    INoteStore Notes { get; }

    IChecklistStore Checklists { get; }

    INudgeStore Nudges { get; }

    Task CommitAsync(CancellationToken cancellationToken = default);
}
