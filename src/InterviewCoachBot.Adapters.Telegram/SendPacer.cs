using Microsoft.Extensions.Options;

namespace InterviewCoachBot.Adapters.Telegram;

/// <summary>
/// Our own pacing of outgoing messages, driven by <see cref="TimeProvider"/>: a token bucket over all chats (about 30/s),
/// one per chat (about 1/s after a short burst), and a pause per chat after a 429 that lasts at least its retry_after.
/// </summary>
internal sealed class SendPacer(TimeProvider time, IOptions<TelegramOptions> options)
{
    /// <summary>Chat buckets that are full and unpaused are forgotten once this many are kept.</summary>
    private const int PruneAbove = 10_000;

    private readonly Lock gate = new();
    private readonly Dictionary<string, Bucket> chats = new(StringComparer.Ordinal);
    private Bucket? global;

    private TelegramOptions Settings => options.Value;

    /// <summary>Waits until one more message to <paramref name="chatId"/> is allowed, and takes that allowance.</summary>
    public async Task WaitTurnAsync(string chatId, CancellationToken cancellationToken)
    {
        while (true)
        {
            var wait = TryTake(chatId);
            if (wait <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(wait, time, cancellationToken);
        }
    }

    /// <summary>True when a message to <paramref name="chatId"/> would go out now (nothing taken).</summary>
    public bool IsReady(string chatId)
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            var chat = ChatBucket(chatId, now);
            chat.Refill(now);
            return chat.PausedUntil <= now && chat.WaitForOne() == TimeSpan.Zero;
        }
    }

    /// <summary>Nothing goes to <paramref name="chatId"/> before <paramref name="retryAfter"/> has passed from now.</summary>
    public void Pause(string chatId, TimeSpan retryAfter)
    {
        lock (gate)
        {
            var bucket = ChatBucket(chatId, time.GetUtcNow());
            var until = time.GetUtcNow() + retryAfter;
            if (until > bucket.PausedUntil)
            {
                bucket.PausedUntil = until;
            }
        }
    }

    private TimeSpan TryTake(string chatId)
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            var chat = ChatBucket(chatId, now);
            global ??= new Bucket(Settings.GlobalMessagesPerSecond, Math.Max(1, Settings.GlobalMessagesPerSecond), now);
            chat.Refill(now);
            global.Refill(now);
            var wait = Max(chat.PausedUntil - now, Max(chat.WaitForOne(), global.WaitForOne()));
            if (wait > TimeSpan.Zero)
            {
                return wait;
            }

            chat.Tokens -= 1;
            global.Tokens -= 1;
            return TimeSpan.Zero;
        }
    }

    private Bucket ChatBucket(string chatId, DateTimeOffset now)
    {
        if (!chats.TryGetValue(chatId, out var bucket))
        {
            if (chats.Count > PruneAbove)
            {
                foreach (var idle in chats.Where(pair => pair.Value.IsIdle(now)).Select(pair => pair.Key).ToList())
                {
                    chats.Remove(idle);
                }
            }

            bucket = new Bucket(Settings.ChatMessagesPerSecond, Settings.ChatBurst, now);
            chats[chatId] = bucket;
        }

        return bucket;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private sealed class Bucket(double perSecond, double capacity, DateTimeOffset now)
    {
        private readonly double capacity = capacity;
        private DateTimeOffset refilledAt = now;

        public double Tokens { get; set; } = capacity;

        public DateTimeOffset PausedUntil { get; set; } = DateTimeOffset.MinValue;

        public void Refill(DateTimeOffset now)
        {
            if (now > refilledAt)
            {
                Tokens = Math.Min(capacity, Tokens + ((now - refilledAt).TotalSeconds * perSecond));
                refilledAt = now;
            }
        }

        public TimeSpan WaitForOne() =>
            Tokens >= 1 ? TimeSpan.Zero : TimeSpan.FromSeconds(Math.Ceiling((1 - Tokens) / perSecond * 1000) / 1000);

        public bool IsIdle(DateTimeOffset now)
        {
            Refill(now);
            return Tokens >= capacity && PausedUntil <= now;
        }
    }
}
