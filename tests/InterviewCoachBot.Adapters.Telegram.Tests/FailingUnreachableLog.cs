using InterviewCoachBot.Engine.Ports;
using InterviewCoachBot.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InterviewCoachBot.Adapters.Telegram.Tests;

/// <summary>
/// The real SQLite nudge log, except that the first few "pause this user's reminders" writes fail (storage failing
/// outside the engine, only in the turn of a user who blocked the bot).
/// </summary>
internal sealed class FailingUnreachableLog(INudgeDispatchLog inner, FailingStore.Budget budget) : INudgeDispatchLog
{
    public static void Install(IServiceCollection services, FailingStore.Budget budget) =>
        services.Replace(ServiceDescriptor.Singleton<INudgeDispatchLog>(provider =>
            new FailingUnreachableLog(ActivatorUtilities.CreateInstance<SqliteNudgeDispatchLog>(provider), budget)));

    public Task MarkUnreachableAsync(long userId, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        budget.TryFail()
            ? throw new InvalidOperationException("Injected storage failure for a test.")
            : inner.MarkUnreachableAsync(userId, now, cancellationToken);

    public Task<IReadOnlyList<ClaimedNudge>> ClaimDueAsync(NudgeScope scope, DateTimeOffset now, TimeSpan lease, int limit, CancellationToken cancellationToken = default) =>
        inner.ClaimDueAsync(scope, now, lease, limit, cancellationToken);

    public Task<DateTimeOffset?> NextWakeAsync(NudgeScope scope, CancellationToken cancellationToken = default) =>
        inner.NextWakeAsync(scope, cancellationToken);

    public Task MarkSentAsync(long nudgeId, DateTimeOffset now, bool late, CancellationToken cancellationToken = default) =>
        inner.MarkSentAsync(nudgeId, now, late, cancellationToken);

    public Task EndAsync(long nudgeId, string status, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        inner.EndAsync(nudgeId, status, now, cancellationToken);

    public Task RetryAsync(long nudgeId, int attempts, DateTimeOffset retryAt, CancellationToken cancellationToken = default) =>
        inner.RetryAsync(nudgeId, attempts, retryAt, cancellationToken);
}
