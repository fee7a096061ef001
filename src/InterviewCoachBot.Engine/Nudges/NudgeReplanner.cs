using InterviewCoachBot.Engine.Conversation;

namespace InterviewCoachBot.Engine.Nudges;

/// <summary>Runs the planner for some or all of a user's interviews inside the turn and hands the result to storage.</summary>
public sealed class NudgeReplanner(NudgePlanner planner)
{
    /// <returns>True when a nudge was added or moved.</returns>
    public async Task<bool> ReplanAsync(Turn turn, IEnumerable<int>? numbers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var userId = turn.User.Id;
        var settings = await turn.Store.Nudges.GetSettingsAsync(userId, cancellationToken);
        var stopped = await turn.Store.Nudges.StoppedAsync(userId, cancellationToken);
        var interviews = numbers is null
            ? await turn.Store.Interviews.ListAsync(userId, cancellationToken)
            : await GetAsync(turn, numbers, cancellationToken);
        var changed = false;
        foreach (var interview in interviews)
        {
            var wanted = planner.Plan(interview, stopped.Contains(interview.Number), settings, turn.Zone, turn.User.WorkingDays, turn.Now);
            changed |= await turn.Store.Nudges.ReconcileAsync(userId, interview.Number, wanted, turn.Now, cancellationToken);
        }

        return changed;
    }

    private static async Task<List<Model.Interview>> GetAsync(Turn turn, IEnumerable<int> numbers, CancellationToken cancellationToken)
    {
        var found = new List<Model.Interview>();
        foreach (var number in numbers.Distinct().Order())
        {
            // A deleted interview took its nudges with it (foreign key cascade).
            if (await turn.Store.Interviews.GetAsync(turn.User.Id, number, cancellationToken) is { } interview)
            {
                found.Add(interview);
            }
        }

        return found;
    }
}
