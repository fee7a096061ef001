using InterviewCoachBot.Engine.Ports;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InterviewCoachBot.Engine.Retention;

/// <summary>
/// Keeps each user's footprint bounded: every <see cref="RetentionOptions.Interval"/> it deletes dedupe keys past every
/// redelivery, delivered replies and ended nudges past their window, in batches, until none is left.
/// </summary>
public sealed class RetentionService(
    IRetentionStore store,
    TimeProvider time,
    IOptions<RetentionOptions> options,
    ILogger<RetentionService> logger) : BackgroundService
{
    private RetentionOptions Settings => options.Value;

    /// <summary>Prunes everything old enough now, batch after batch.</summary>
    public async Task<PrunedRows> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var cutoffs = new RetentionCutoffs(now - Settings.InboxKeep, now - Settings.DeliveredKeep, now - Settings.EndedNudgeKeep);
        var total = PrunedRows.None;
        PrunedRows batch;
        do
        {
            batch = await store.PruneAsync(cutoffs, Settings.BatchSize, cancellationToken);
            total = total.Add(batch);
        }
        while (batch.InboxKeys == Settings.BatchSize || batch.DeliveredReplies == Settings.BatchSize || batch.EndedNudges == Settings.BatchSize);

        if (total.Total > 0)
        {
            logger.Pruned(total.InboxKeys, total.DeliveredReplies, total.EndedNudges);
        }

        return total;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Settings.Interval, time, stoppingToken);
                await RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Pruning can wait: a busy or failing database must not stop the bot; the next interval tries again.
                logger.PruningFailed(ex);
            }
        }
    }
}
