using Microsoft.Extensions.Logging;

namespace InterviewCoachBot.Adapters.Discord.Gateway;

/// <summary>
/// Paces IDENTIFY within Discord's session start limit: at most one per <see cref="Spacing"/> and none while
/// <c>session_start_limit.remaining</c> is 0 (past the daily limit Discord resets the bot token).
/// </summary>
/// <remarks>
/// <c>max_concurrency</c> allows that many IDENTIFYs per 5 s, one per bucket <c>shard_id % max_concurrency</c>; this
/// client is the single shard 0, so it always lands in bucket 0 and may IDENTIFY once per 5 s whatever the concurrency.
/// </remarks>
internal sealed class IdentifyThrottle(IGatewayUrlSource gatewayBot, TimeProvider time, ILogger logger)
{
    public static readonly TimeSpan Spacing = TimeSpan.FromSeconds(5);
    private const int FewLeft = 10;
    private long? lastIdentify;

    /// <summary>Waits until an IDENTIFY may go out, then returns the gateway URL to send it on.</summary>
    public async Task<Uri> WaitForTurnAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var wait = lastIdentify is { } last ? Spacing - time.GetElapsedTime(last) : TimeSpan.Zero;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken);
            }

            // Asked again each time: the limit read at start says nothing about the IDENTIFYs spent since.
            var bot = await gatewayBot.GetAsync(cancellationToken);
            if (bot.Limit is { Remaining: <= 0 } spent)
            {
                logger.IdentifyLimitReached(spent.ResetAfter);
                await Task.Delay(spent.ResetAfter, time, cancellationToken);
                continue;
            }

            if (bot.Limit is { Remaining: < FewLeft } few)
            {
                logger.FewIdentifiesLeft(few.Remaining);
            }

            lastIdentify = time.GetTimestamp();
            return bot.Url;
        }
    }
}
