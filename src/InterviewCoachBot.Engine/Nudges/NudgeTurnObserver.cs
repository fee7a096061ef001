using System.Runtime.CompilerServices;
using InterviewCoachBot.Engine.Conversation;

namespace InterviewCoachBot.Engine.Nudges;

/// <summary>
/// After every turn: re-plans the nudges of the interviews that changed (all of them when a setting changed), tells a user
/// whose chat could not be reached that reminders are back, and wakes the dispatcher once the turn committed.
/// </summary>
public sealed class NudgeTurnObserver(NudgeReplanner replanner, NudgePlanner planner, NudgeSignal signal) : ITurnObserver, ITurnCommitListener
{
    private readonly ConditionalWeakTable<Turn, object> planned = [];

    /// <summary>Commands that move a nudge themselves (a snooze) call this so the dispatcher is woken after their commit.</summary>
    public void MarkPlanned(Turn turn) => planned.AddOrUpdate(turn, true);

    /// <summary>Re-plans the interviews given (all when null) and, if anything changed, wakes the dispatcher after the commit.</summary>
    public async Task ReplanAsync(Turn turn, IEnumerable<int>? numbers, CancellationToken cancellationToken)
    {
        if (await replanner.ReplanAsync(turn, numbers, cancellationToken))
        {
            MarkPlanned(turn);
        }
    }

    public async Task OnTurnCompletedAsync(Turn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var settings = await turn.Store.Nudges.GetSettingsAsync(turn.User.Id, cancellationToken);
        var everything = turn.SettingsChanged;
        if (settings.UnreachableSince is not null)
        {
            await turn.Store.Nudges.ClearUnreachableAsync(turn.User.Id, cancellationToken);
            turn.Say(planner.Rules.BackOn);
            everything = true;
        }

        if (!everything && turn.ChangedInterviews.Count == 0)
        {
            return;
        }

        await ReplanAsync(turn, everything ? null : turn.ChangedInterviews, cancellationToken);
    }

    public void OnCommitted(Turn turn)
    {
        if (planned.TryGetValue(turn, out _))
        {
            signal.Notify();
        }
    }
}
