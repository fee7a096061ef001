using System.Globalization;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Ports;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InterviewCoachBot.Engine.Nudges;

/// <summary>
/// Sends nudges when they fall due: sleeps until the next one (or until a turn plans an earlier one), claims the due ones
/// with a lease, checks each still applies, sends it through its platform's <see cref="IMessenger"/> and records the end.
/// </summary>
/// <remarks>
/// Never before <c>due_at</c>; late (and saying so) while not expired; skipped once expired. Passing failures are retried
/// with backoff; an unreachable user's nudges stop until they write again. Only platforms with a registered messenger are
/// served, so a host without one leaves the nudges for a host that can send them.
/// </remarks>
public sealed class NudgeDispatcher(
    INudgeDispatchLog queue,
    NudgeChecker checker,
    IEnumerable<IMessenger> messengers,
    IEnumerable<IMessengerAudience> audiences,
    NudgeSignal signal,
    IOptions<NudgeOptions> options,
    TimeProvider time,
    ILogger<NudgeDispatcher> logger) : BackgroundService
{
    private readonly List<(NudgeScope Scope, IMessenger Messenger)> routes = Routes(messengers, audiences);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (routes.Count == 0)
        {
            logger.NudgeDispatcherIdle();
            return;
        }

        var platforms = string.Join(", ", routes.Select(route => route.Scope.Platform));
        logger.NudgeDispatcherStarted(platforms);
        var settings = options.Value;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan sleep;
            try
            {
                var next = await RunOnceAsync(stoppingToken);
                var now = time.GetUtcNow();
                sleep = next is { } wake ? Clamp(wake - now, settings.MaxSleep) : settings.MaxSleep;
                failures = 0;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failures++;
                sleep = NudgeBackoff.Delay(failures, settings.RetryBase, settings.MaxSleep, null, Random.Shared.NextDouble());
                logger.NudgeDispatcherFailed(ex, sleep);
            }

            try
            {
                await signal.SleepAsync(sleep, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>Claims and handles every nudge due now, then returns when the next one may be due (null: none planned).</summary>
    public async Task<DateTimeOffset?> RunOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        DateTimeOffset? next = null;
        foreach (var (scope, messenger) in routes)
        {
            while (true)
            {
                var claimed = await queue.ClaimDueAsync(scope, time.GetUtcNow(), settings.Lease, settings.BatchSize, cancellationToken);
                foreach (var nudge in claimed)
                {
                    await HandleAsync(nudge, messenger, cancellationToken);
                }

                if (claimed.Count < settings.BatchSize)
                {
                    break;
                }
            }

            if (await queue.NextWakeAsync(scope, cancellationToken) is { } wake && (next is null || wake < next))
            {
                next = wake;
            }
        }

        return next;
    }

    private async Task HandleAsync(ClaimedNudge nudge, IMessenger messenger, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (now >= nudge.ExpiresAt)
        {
            await queue.EndAsync(nudge.Id, StoredNudge.Skipped, now, cancellationToken);
            logger.NudgeSkipped(nudge.Id, nudge.Rule);
            return;
        }

        var late = now - nudge.DueAt > options.Value.LateAfter;
        Reply reply;
        switch (await checker.CheckAsync(nudge, now, late, cancellationToken))
        {
            case NudgeCheck.Send send:
                reply = send.Reply;
                break;
            case NudgeCheck.Defer defer:
                await queue.RetryAsync(nudge.Id, nudge.Attempts, defer.Until, cancellationToken);
                logger.NudgeHeldForQuietHours(nudge.Id, nudge.Rule);
                return;
            case NudgeCheck.Skip:
                await queue.EndAsync(nudge.Id, StoredNudge.Skipped, now, cancellationToken);
                logger.NudgeSkipped(nudge.Id, nudge.Rule);
                return;
            default:
                await queue.EndAsync(nudge.Id, StoredNudge.Cancelled, now, cancellationToken);
                logger.NudgeNoLongerApplies(nudge.Id, nudge.Rule);
                return;
        }

        var result = await SendAsync(messenger, nudge, reply, cancellationToken);
        now = time.GetUtcNow();
        switch (result)
        {
            case SendResult.Sent:
                // The platform has it: record that even when a stop came meanwhile, or the next start would send it again.
                await queue.MarkSentAsync(nudge.Id, now, late, CancellationToken.None);
                logger.NudgeSent(nudge.Id, nudge.Rule, late ? " late" : string.Empty);
                break;
            case SendResult.Unreachable unreachable:
                await queue.MarkUnreachableAsync(nudge.UserId, now, cancellationToken);
                logger.NudgeUserUnreachable(nudge.UserId, nudge.Platform, unreachable.Reason);
                break;
            case SendResult.Failed failed:
                await RetryOrGiveUpAsync(nudge, failed, now, cancellationToken);
                break;
            case SendResult.Refused refused:
                // The same request would be refused again: give up now instead of spending every attempt on it.
                await queue.EndAsync(nudge.Id, StoredNudge.Failed, now, cancellationToken);
                logger.NudgeGaveUp(nudge.Id, nudge.Attempts + 1, refused.Reason);
                break;
            default:
                throw new InvalidOperationException($"Unknown send result {result.GetType().Name}.");
        }
    }

    private async Task<SendResult> SendAsync(IMessenger messenger, ClaimedNudge nudge, Reply reply, CancellationToken cancellationToken)
    {
        try
        {
            var keyed = reply with { IdempotencyKey = string.Create(CultureInfo.InvariantCulture, $"nudge-{nudge.Id}") };
            return await messenger.SendDirectAsync(nudge.ExternalUserId, keyed, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A messenger should return Failed itself; one that throws is treated the same way rather than stopping the loop.
            logger.NudgeSendThrew(ex, nudge.Id);
            return new SendResult.Failed(ex.GetType().Name);
        }
    }

    private async Task RetryOrGiveUpAsync(ClaimedNudge nudge, SendResult.Failed failed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var attempts = nudge.Attempts + 1;
        var retryAt = now + NudgeBackoff.Delay(attempts, settings.RetryBase, settings.RetryMax, failed.RetryAfter, Random.Shared.NextDouble());
        if (attempts >= settings.MaxAttempts || retryAt >= nudge.ExpiresAt)
        {
            await queue.EndAsync(nudge.Id, StoredNudge.Failed, now, cancellationToken);
            logger.NudgeGaveUp(nudge.Id, attempts, failed.Reason);
            return;
        }

        await queue.RetryAsync(nudge.Id, attempts, retryAt, cancellationToken);
        logger.NudgeRetry(nudge.Id, failed.Reason, attempts, retryAt);
    }

    private static TimeSpan Clamp(TimeSpan span, TimeSpan max) =>
        span < TimeSpan.Zero ? TimeSpan.Zero : span > max ? max : span;

    private static List<(NudgeScope, IMessenger)> Routes(IEnumerable<IMessenger> messengers, IEnumerable<IMessengerAudience> audiences)
    {
        var limits = audiences.ToList();
        return [.. messengers
            .GroupBy(messenger => messenger.Platform, StringComparer.Ordinal)
            .Select(group =>
            {
                var audience = limits.Where(limit => limit.Platform == group.Key).SelectMany(limit => limit.ExternalUserIds).ToList();
                var scope = limits.Any(limit => limit.Platform == group.Key) ? new NudgeScope(group.Key, audience) : new NudgeScope(group.Key);
                return (scope, group.First());
            })];
    }
}
