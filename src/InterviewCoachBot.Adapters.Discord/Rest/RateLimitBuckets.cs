using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;

namespace InterviewCoachBot.Adapters.Discord.Rest;

/// <summary>
/// Discord's REST limits on our side: per-route buckets learnt from <c>X-RateLimit-*</c> headers (bucket hash + major
/// parameter), one global window of 50 requests per second, pauses ordered by 429 answers, and the IP-wide limits in
/// front of all of them: a ban pause and the <see cref="InvalidRequestBudget"/>, which hold every route, interactions too.
/// </summary>
/// <remarks>
/// Requests in one bucket go one at a time, so <c>Remaining</c> is never raced. A bucket is keyed by route template and
/// major parameter until Discord names its hash; routes sharing a hash then share the bucket. Every interaction brings new
/// major parameters (its id, its token's hash), so a bucket nobody used for <see cref="IdleTimeout"/> is forgotten.
/// </remarks>
internal sealed class RateLimitBuckets(TimeProvider time)
{
    public const int GlobalPerSecond = 50;
    private static readonly TimeSpan GlobalWindow = TimeSpan.FromSeconds(1);

    /// <summary>How long an unused bucket is kept; longer than an interaction token lives (15 minutes).</summary>
    internal static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(15);

    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    /// <summary>Added to every reset: the headers round to milliseconds and clocks differ a little (discord.js uses 50 ms too).</summary>
    private static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(50);
    private readonly ConcurrentDictionary<string, string> hashes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Bucket> buckets = new(StringComparer.Ordinal);
    private readonly Lock globalGate = new();
    private readonly InvalidRequestBudget invalidRequests = new(time);
    private DateTimeOffset globalPausedUntil;
    private DateTimeOffset everythingPausedUntil;
    private DateTimeOffset globalWindowStart;
    private int globalCount;
    private long nextSweepTicks;
    private volatile bool tokenRejected;

    /// <summary>Set after a 401: Discord asks clients to stop using a rejected token (repeated 401s get the IP banned).</summary>
    public bool TokenRejected
    {
        get => tokenRejected;
        set => tokenRejected = value;
    }

    /// <summary>Waits until the route's bucket and the global limit allow one more request; dispose the lease after the answer.</summary>
    public async Task<Lease> AcquireAsync(DiscordRoute route, CancellationToken cancellationToken)
    {
        ForgetIdleBuckets();
        var bucket = BucketFor(route);
        await bucket.Gate.WaitAsync(cancellationToken);
        try
        {
            await WaitForBucketAsync(bucket, cancellationToken);
            await WaitForAddressAsync(cancellationToken);
            if (route.CountsGlobally)
            {
                await WaitForGlobalAsync(cancellationToken);
            }

            return new Lease(bucket, time);
        }
        catch
        {
            bucket.Release(time);
            throw;
        }
    }

    /// <summary>Learns the bucket's hash, remaining requests and reset from an answer.</summary>
    public void Update(DiscordRoute route, Lease lease, HttpResponseHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(lease);
        if (Header(headers, "X-RateLimit-Bucket") is { Length: > 0 } hash)
        {
            hashes[route.Template] = hash;
            buckets.TryAdd(hash + "|" + route.Major, lease.Bucket);
        }

        if (int.TryParse(Header(headers, "X-RateLimit-Remaining"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var remaining)
            && double.TryParse(Header(headers, "X-RateLimit-Reset-After"), NumberStyles.Float, CultureInfo.InvariantCulture, out var resetAfter))
        {
            lease.Bucket.Remaining = remaining;
            lease.Bucket.ResetAt = time.GetUtcNow() + TimeSpan.FromSeconds(resetAfter) + Margin;
        }
    }

    /// <summary>After a 429: nothing more in this bucket (or, if global, on any bot route) before <paramref name="retryAfter"/>.</summary>
    public void Pause(Lease lease, TimeSpan retryAfter, bool global)
    {
        ArgumentNullException.ThrowIfNull(lease);
        var until = time.GetUtcNow() + retryAfter + Margin;
        if (global)
        {
            lock (globalGate)
            {
                globalPausedUntil = until > globalPausedUntil ? until : globalPausedUntil;
            }
        }
        else
        {
            lease.Bucket.Remaining = 0;
            lease.Bucket.ResetAt = until;
        }
    }

    /// <summary>After a ban (a 429 that is not Discord's): no request on any route before <paramref name="pause"/> has passed.</summary>
    public void PauseEverything(TimeSpan pause)
    {
        var until = time.GetUtcNow() + pause;
        lock (globalGate)
        {
            everythingPausedUntil = until > everythingPausedUntil ? until : everythingPausedUntil;
        }
    }

    /// <summary>Counts a 401, 403 or non-shared 429; true when the bot just started slowing down for it.</summary>
    public bool RecordInvalidRequest() => invalidRequests.Record();

    private Bucket BucketFor(DiscordRoute route)
    {
        var key = hashes.TryGetValue(route.Template, out var hash) ? hash + "|" + route.Major : route.Template + "|" + route.Major;
        var bucket = buckets.GetOrAdd(key, static _ => new Bucket());
        bucket.Touch(time);
        return bucket;
    }

    /// <summary>At most once a minute: drops buckets that are free, not paused and unused for <see cref="IdleTimeout"/>.</summary>
    private void ForgetIdleBuckets()
    {
        var now = time.GetUtcNow();
        var due = Interlocked.Read(ref nextSweepTicks);
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref nextSweepTicks, (now + SweepInterval).UtcTicks, due) != due)
        {
            return;
        }

        foreach (var entry in buckets)
        {
            // Free first: ResetAt only changes while the gate is held.
            var bucket = entry.Value;
            if (bucket.Gate.CurrentCount == 1 && now.UtcTicks - bucket.LastUsedTicks >= IdleTimeout.Ticks && now >= bucket.ResetAt)
            {
                buckets.TryRemove(entry);
            }
        }
    }

    private async Task WaitForBucketAsync(Bucket bucket, CancellationToken cancellationToken)
    {
        var wait = bucket.ResetAt - time.GetUtcNow();
        if (bucket.Remaining == 0 && wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken);
        }

        if (bucket.Remaining == 0 || time.GetUtcNow() >= bucket.ResetAt)
        {
            bucket.Remaining = null;
        }
        else if (bucket.Remaining > 0)
        {
            bucket.Remaining--;
        }
    }

    private async Task WaitForAddressAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan paused;
            lock (globalGate)
            {
                paused = everythingPausedUntil - time.GetUtcNow();
            }

            var wait = paused > invalidRequests.Wait() ? paused : invalidRequests.Wait();
            if (wait <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(wait, time, cancellationToken);
        }
    }

    private async Task WaitForGlobalAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (globalGate)
            {
                var now = time.GetUtcNow();
                if (now < globalPausedUntil)
                {
                    wait = globalPausedUntil - now;
                }
                else
                {
                    if (now - globalWindowStart >= GlobalWindow)
                    {
                        globalWindowStart = now;
                        globalCount = 0;
                    }

                    if (globalCount < GlobalPerSecond)
                    {
                        globalCount++;
                        return;
                    }

                    wait = globalWindowStart + GlobalWindow - now;
                }
            }

            await Task.Delay(wait, time, cancellationToken);
        }
    }

    /// <summary>The keys of the buckets kept now (for tests).</summary>
    internal ICollection<string> BucketKeys => buckets.Keys;

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    /// <summary>The right to send one request in a bucket.</summary>
    public sealed class Lease(Bucket bucket, TimeProvider time) : IDisposable
    {
        internal Bucket Bucket { get; } = bucket;

        public void Dispose() => Bucket.Release(time);
    }

    /// <summary>What Discord last said about one bucket.</summary>
    public sealed class Bucket
    {
        private long lastUsedTicks;

        internal SemaphoreSlim Gate { get; } = new(1, 1);

        /// <summary>Null until Discord tells us.</summary>
        internal int? Remaining { get; set; }

        internal DateTimeOffset ResetAt { get; set; }

        /// <summary>When a request last took or gave back this bucket (UTC ticks).</summary>
        internal long LastUsedTicks => Interlocked.Read(ref lastUsedTicks);

        internal void Touch(TimeProvider time) => Interlocked.Exchange(ref lastUsedTicks, time.GetUtcNow().UtcTicks);

        internal void Release(TimeProvider time)
        {
            Touch(time);
            Gate.Release();
        }
    }
}
