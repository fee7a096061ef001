using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace InterviewCoachBot.Emulators.Discord.Rest;

/// <summary>
/// Fixed-window limits per route bucket (route key + major parameter) and one global window, on the emulator's clock.
/// Produces Discord's <c>X-RateLimit-*</c> headers and refuses requests beyond <c>Remaining</c> before <c>Reset</c>.
/// </summary>
internal sealed class RateLimiter(DiscordEmulatorOptions options)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Window> _buckets = new(StringComparer.Ordinal);
    private readonly Window _global = new();
    private int _enforced;

    public int Enforced429Count
    {
        get
        {
            lock (_lock)
            {
                return _enforced;
            }
        }
    }

    /// <summary>Takes a slot; on refusal returns the 429 to send.</summary>
    public RateDecision Acquire(string routeKey, string bucketKey, bool countsGlobal)
    {
        var now = options.TimeProvider.GetUtcNow();
        lock (_lock)
        {
            var rule = RuleFor(routeKey);
            var bucket = GetBucket(bucketKey);
            bucket.Roll(now, rule);
            _global.Roll(now, options.GlobalRateLimit);
            if (countsGlobal && _global.Count >= options.GlobalRateLimit.Limit)
            {
                _enforced++;
                var retry = (_global.Start + options.GlobalRateLimit.Window - now).TotalSeconds;
                return RateDecision.Refused(retry, global: true, GlobalHeaders(retry));
            }

            if (bucket.Count >= rule.Limit)
            {
                _enforced++;
                var retry = (bucket.Start + rule.Window - now).TotalSeconds;
                var headers = Headers(routeKey, bucket, rule, now);
                headers["Retry-After"] = Math.Ceiling(retry).ToString(CultureInfo.InvariantCulture);
                headers["X-RateLimit-Scope"] = "user";
                return RateDecision.Refused(retry, global: false, headers);
            }

            bucket.Count++;
            if (countsGlobal)
            {
                _global.Count++;
            }

            return RateDecision.Allowed(Headers(routeKey, bucket, rule, now));
        }
    }

    /// <summary>Headers describing the bucket without taking a slot (for answers given before the limiter ran).</summary>
    public Dictionary<string, string> Peek(string routeKey, string bucketKey)
    {
        var now = options.TimeProvider.GetUtcNow();
        lock (_lock)
        {
            var rule = RuleFor(routeKey);
            var bucket = GetBucket(bucketKey);
            bucket.Roll(now, rule);
            return Headers(routeKey, bucket, rule, now);
        }
    }

    public static string BucketHash(string routeKey) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(routeKey)))[..16].ToLowerInvariant();

    private RateLimitRule RuleFor(string routeKey) =>
        options.RouteRateLimits.TryGetValue(routeKey, out var rule) ? rule : options.DefaultRateLimit;

    private Window GetBucket(string key)
    {
        if (!_buckets.TryGetValue(key, out var bucket))
        {
            bucket = new Window();
            _buckets[key] = bucket;
        }

        return bucket;
    }

    private static Dictionary<string, string> Headers(string routeKey, Window bucket, RateLimitRule rule, DateTimeOffset now)
    {
        var reset = bucket.Start + rule.Window;
        return new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["X-RateLimit-Limit"] = rule.Limit.ToString(CultureInfo.InvariantCulture),
            ["X-RateLimit-Remaining"] = Math.Max(0, rule.Limit - bucket.Count).ToString(CultureInfo.InvariantCulture),
            ["X-RateLimit-Reset"] = (reset.ToUnixTimeMilliseconds() / 1000.0).ToString("0.000", CultureInfo.InvariantCulture),
            ["X-RateLimit-Reset-After"] = Math.Max(0, (reset - now).TotalSeconds).ToString("0.000", CultureInfo.InvariantCulture),
            ["X-RateLimit-Bucket"] = BucketHash(routeKey),
        };
    }

    private static Dictionary<string, string> GlobalHeaders(double retry) =>
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["Retry-After"] = Math.Ceiling(retry).ToString(CultureInfo.InvariantCulture),
            ["X-RateLimit-Global"] = "true",
            ["X-RateLimit-Scope"] = "global",
        };

    private sealed class Window
    {
        public DateTimeOffset Start { get; private set; } = DateTimeOffset.MinValue;

        public int Count { get; set; }

        public void Roll(DateTimeOffset now, RateLimitRule rule)
        {
            if (Start == DateTimeOffset.MinValue || now >= Start + rule.Window)
            {
                Start = now;
                Count = 0;
            }
        }
    }
}

/// <summary>Result of <see cref="RateLimiter.Acquire"/>.</summary>
internal sealed record RateDecision(bool IsAllowed, double RetryAfterSeconds, bool Global, Dictionary<string, string> Headers)
{
    public static RateDecision Allowed(Dictionary<string, string> headers) => new(true, 0, false, headers);

    public static RateDecision Refused(double retryAfter, bool global, Dictionary<string, string> headers) =>
        new(false, retryAfter, global, headers);
}
