using InterviewCoachBot.Engine.Ports;
using Microsoft.Data.Sqlite;

namespace InterviewCoachBot.Storage.Sqlite;

/// <summary>One connection and its transaction, shared by the stores; disposing it without a commit rolls everything back.</summary>
internal sealed class SqliteBotTransaction : IBotTransaction
{
    private readonly SqliteDatabase database;
    private readonly SqliteConnection connection;
    private readonly SqliteTransaction transaction;
    private bool userDeleted;

    public SqliteBotTransaction(SqliteDatabase database, SqliteConnection connection, SqliteTransaction transaction)
    {
        this.database = database;
        this.connection = connection;
        this.transaction = transaction;
        Inbox = new SqliteInboxStore(connection, transaction);
        Users = new SqliteUserStore(connection, transaction, () => userDeleted = true);
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

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        await transaction.CommitAsync(cancellationToken);

        // A forgotten user's old pages still sit in the WAL after the commit; copy the new ones home and empty it.
        if (userDeleted)
        {
            await database.CheckpointAsync(connection);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }
}
