using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace InterviewCoachBot.Adapters.Telegram;

/// <summary>
/// Long-polls <c>getUpdates</c> by hand and hands the updates to <see cref="TelegramUpdateHandler"/>: different users'
/// side by side (at most <see cref="TelegramOptions.ConcurrentTurns"/>), one user's in order. The next offset goes out only
/// with the next poll, so an update is confirmed only after it was handled; a crash replays the batch and the engine's
/// inbox (keyed by update id) makes the replay harmless.
/// </summary>
/// <remarks>A rejected token (401) stops the application with exit code 3 instead of retrying forever.</remarks>
internal sealed class TelegramPollingService(
    TelegramClientSource clients,
    TelegramStartup startup,
    TelegramUpdateHandler handler,
    OutboxLeftovers leftovers,
    TimeProvider time,
    IOptions<TelegramOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<TelegramPollingService> logger) : BackgroundService
{
    /// <summary>Exit code of a bot stopped because Telegram rejected its token.</summary>
    public const int TokenRejectedExitCode = 3;

    /// <summary>Exit code of a bot stopped by an error nothing else handled (storage failing while sending leftovers).</summary>
    public const int CrashedExitCode = 1;

    private static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.EditedMessage, UpdateType.CallbackQuery, UpdateType.MyChatMember];

    private TelegramOptions Settings => options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await startup.RunAsync(stoppingToken);
            await PollAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.Stopped();
        }
        catch (TokenRejectedException)
        {
            logger.TokenRejected();
            Environment.ExitCode = TokenRejectedExitCode;
            lifetime.StopApplication();
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            // Left alone, the host stops with exit code 0 and an on-failure restart policy would not bring it back.
            logger.PollingCrashed(ex);
            Environment.ExitCode = CrashedExitCode;
            lifetime.StopApplication();
        }
    }

    private async Task PollAsync(CancellationToken stoppingToken)
    {
        int? offset = null;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            Update[] updates;
            TelegramFailure? failure;
            Exception? error = null;
            using (var timeout = new CancellationTokenSource(Settings.PollTimeout + Settings.RequestTimeout, time))
            using (var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timeout.Token))
            {
                try
                {
                    updates = await clients.Client.GetUpdates(offset, Settings.PollLimit, (int)Settings.PollTimeout.TotalSeconds, Wanted, linked.Token);
                    failure = null;
                }
                catch (OperationCanceledException ex) when (!stoppingToken.IsCancellationRequested)
                {
                    (updates, failure, error) = ([], TelegramFailure.TimedOut, ex);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested && TelegramFailure.Classify(ex) is { } classified)
                {
                    (updates, failure, error) = ([], classified, ex);
                }
            }

            if (failure is null)
            {
                failures = 0;
                if (leftovers.Pending)
                {
                    // Telegram answers again: replies that failed earlier go out before new work.
                    await leftovers.SendAsync(stoppingToken);
                }

                offset = await HandleBatchAsync(updates, offset, stoppingToken);
                continue;
            }

            if (failure.Kind == TelegramFailureKind.Unauthorized)
            {
                throw new TokenRejectedException();
            }

            if (failure.Kind == TelegramFailureKind.WebhookActive && await DeleteWebhookAsync(stoppingToken))
            {
                // The operator chose polling: nothing comes until the webhook is gone, and nothing queued is dropped.
                continue;
            }

            var delay = failure.Kind == TelegramFailureKind.RateLimited
                ? failure.RetryAfter
                : Backoff.Delay(++failures, Settings.RetryBaseDelay, Settings.RetryMaxDelay);
            if (failure.Kind == TelegramFailureKind.PollerConflict)
            {
                logger.AnotherPoller(delay);
            }
            else
            {
                logger.PollFailed(failure.Reason, delay, error);
            }

            await Task.Delay(delay, time, stoppingToken);
        }
    }

    /// <returns>True when the webhook is gone; false leaves it to the next poll after a backoff.</returns>
    private async Task<bool> DeleteWebhookAsync(CancellationToken stoppingToken)
    {
        logger.WebhookFoundWhilePolling();
        using var timeout = new CancellationTokenSource(Settings.RequestTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timeout.Token);
        try
        {
            await clients.Client.DeleteWebhook(dropPendingUpdates: false, linked.Token);
            return true;
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested && (ex is OperationCanceledException || TelegramFailure.Classify(ex) is not null))
        {
            return false;
        }
    }

    /// <returns>
    /// The offset that confirms every update handled so far: past the batch, or the lowest update that failed (those of
    /// other users above it were handled, and their replay is deduplicated by the engine's inbox).
    /// </returns>
    private async Task<int?> HandleBatchAsync(Update[] updates, int? offset, CancellationToken stoppingToken)
    {
        if (updates.Length == 0)
        {
            return offset;
        }

        logger.BatchReceived(updates.Length);

        // Back-pressure: the next getUpdates goes out only once the whole batch is done, so at most PollLimit updates are
        // ever in hand and the rest wait at Telegram.
        var failed = new ConcurrentBag<int>();
        var delay = Backoff.Delay(1, Settings.RetryBaseDelay, Settings.RetryMaxDelay);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Settings.ConcurrentTurns, CancellationToken = stoppingToken };
        await Parallel.ForEachAsync(UpdatePartitions.Of(updates), parallel, async (partition, cancellationToken) =>
        {
            foreach (var update in partition)
            {
                try
                {
                    await handler.HandleAsync(update, cancellationToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    // Storage itself failed (the handler parks engine failures): this user's later updates stay behind it.
                    logger.PollFailed("handling an update failed outside the engine", delay, ex);
                    failed.Add(update.Id);
                    return;
                }
            }
        });

        if (failed.IsEmpty)
        {
            return updates.Max(update => update.Id) + 1;
        }

        await Task.Delay(delay, time, stoppingToken);
        return failed.Min();
    }
}
