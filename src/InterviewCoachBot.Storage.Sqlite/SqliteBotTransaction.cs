using InterviewCoachBot.Engine.Ports;
using Microsoft.Data.Sqlite;

namespace InterviewCoachBot.Storage.Sqlite;

/// <summary>One connection and its transaction, shared by the stores; disposing it without a commit rolls everything back.</summary>
internal sealed class SqliteBotTransaction : IBotTransaction
{
    private readonly SqliteConnection connection;
    private readonly SqliteTransaction transaction;

    public SqliteBotTransaction(SqliteConnection connection, SqliteTransaction transaction)
    {
        this.connection = connection;
        this.transaction = transaction;
        Inbox = new SqliteInboxStore(connection, transaction);
        Users = new SqliteUserStore(connection, transaction);
        Dialogs = new SqliteDialogStore(connection, transaction);
        Interviews = new SqliteInterviewStore(connection, transaction);
        Outbox = new SqliteOutboxStore(connection, transaction);
        Notes = new SqliteNoteStore(connection, transaction);
        Checklists = new SqliteChecklistStore(connection, transaction);
        Nudges = new SqliteNudgeStore(connection, transaction);
    }

    public IInboxStore Inbox { get; }

    public IUserStore Users { get; }

    public IDialogStore Dialogs { get; }

    public IInterviewStore Interviews { get; }

    public IOutboxStore Outbox { get; }

    public INoteStore Notes { get; }

    public IChecklistStore Checklists { get; }

    public INudgeStore Nudges { get; }

    public Task CommitAsync(CancellationToken cancellationToken = default) => transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }
}
