using InterviewCoachBot.Engine.Coaching;
using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Ports;
using InterviewCoachBot.Engine.Time;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InterviewCoachBot.Engine;

/// <summary>
/// The one entry point of every adapter: handles an inbound message in a single transaction and returns the replies to send.
/// </summary>
/// <remarks>
/// The dedupe record, every state change and the replies (as outbox rows) commit together, so a redelivered update has no
/// second effect and a crash after the commit loses no reply: undelivered outbox rows are sent again at start-up.
/// </remarks>
public sealed class ConversationEngine(
    IBotStore store,
    TurnRouter router,
    IEnumerable<ITurnObserver> observers,
    IOptions<EngineOptions> options,
    TimeProvider time,
    ILogger<ConversationEngine> logger)
{
    public async Task<IReadOnlyList<Delivery>> HandleAsync(Inbound inbound, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        await using var transaction = await store.BeginAsync(cancellationToken);
        var now = time.GetUtcNow();
        if (!await transaction.Inbox.TryRecordAsync(inbound.User.Platform, inbound.DedupeKey, now, cancellationToken))
        {
            logger.DuplicateInbound(inbound.User.Platform);
            return [];
        }

        var user = await transaction.Users.FindAsync(inbound.User, cancellationToken)
            ?? await transaction.Users.CreateAsync(inbound.User, InitialZone(inbound.TimeZoneHint).Id, now, cancellationToken);
        var turn = new Turn(transaction, user, inbound.ChatId, now, UserZones.Find(user.TimeZoneId), DisplayNameOf(inbound));

        await router.RouteAsync(turn, inbound.Content, cancellationToken);
        if (!turn.UserForgotten)
        {
            foreach (var observer in observers)
            {
                await observer.OnTurnCompletedAsync(turn, cancellationToken);
            }
        }

        var deliveries = new List<Delivery>(turn.Replies.Count);
        var owner = turn.UserForgotten ? (long?)null : user.Id;
        foreach (var reply in turn.Replies.Select(reply => reply with { Moments = turn.MomentsIn(reply.Text) }))
        {
            var id = await transaction.Outbox.AddAsync(owner, inbound.User.Platform, inbound.ChatId, reply, now, cancellationToken);
            deliveries.Add(new Delivery(id, inbound.ChatId, reply));
        }

        await transaction.CommitAsync(cancellationToken);
        foreach (var listener in observers.OfType<ITurnCommitListener>())
        {
            listener.OnCommitted(turn);
        }

        return deliveries;
    }

    /// <summary>
    /// The form the user's open wizard asks now, or null. Read at once, outside the turns: a platform opens a form only as the
    /// immediate answer to a press (Discord's modal cannot follow a deferral). Nothing is written.
    /// </summary>
    public async Task<ReplyForm?> OpenFormAsync(UserRef user, string chatId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await store.BeginAsync(cancellationToken);
        var account = await transaction.Users.FindAsync(user, cancellationToken);
        var state = account is null ? null : await transaction.Dialogs.GetAsync(account.Id, chatId, cancellationToken);
        return state is null ? null : RunnerNotes.Question(state)?.Form;
    }

    /// <summary>The platform's name for the user as plain text fit for a signature, or null when nothing of it is left.</summary>
    private static string? DisplayNameOf(Inbound inbound) =>
        FreeText.Clean(inbound.DisplayName ?? string.Empty, TextLimits.ShortField) is { Length: > 0 } name ? name : null;

    private TimeZoneInfo InitialZone(string? hint) =>
        UserZones.TryFind(hint) ?? UserZones.Find(options.Value.DefaultTimeZone);
}
