using InterviewCoachBot.Engine.Pacing;
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
    private readonly Dictionary<string, ChatPace> chats = new(StringComparer.Ordinal);
    private TokenBucket? global;

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

    /// <summary>
    /// True when nothing went to <paramref name="chatId"/> lately (its allowance is full and it is not paused), so a reply
    /// of up to <see cref="TelegramOptions.ChatBurst"/> messages goes out without waiting.
    /// </summary>
    public bool IsIdle(string chatId)
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            return ChatBucket(chatId, now).IsIdle(now);
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
            global ??= new TokenBucket(Settings.GlobalMessagesPerSecond, Math.Max(1, Settings.GlobalMessagesPerSecond), now);
            var wait = Max(chat.PausedUntil - now, Max(chat.Tokens.WaitForOne(now), global.WaitForOne(now)));
            if (wait > TimeSpan.Zero)
            {
                return wait;
            }

            chat.Tokens.Take();
            global.Take();
            return TimeSpan.Zero;
        }
    }

    private ChatPace ChatBucket(string chatId, DateTimeOffset now)
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

            bucket = new ChatPace(new TokenBucket(Settings.ChatMessagesPerSecond, Settings.ChatBurst, now));
            chats[chatId] = bucket;
        }

        return bucket;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private sealed class ChatPace(TokenBucket tokens)
    {
        public TokenBucket Tokens { get; } = tokens;

        public DateTimeOffset PausedUntil { get; set; } = DateTimeOffset.MinValue;

        public bool IsIdle(DateTimeOffset now) => Tokens.IsFull(now) && PausedUntil <= now;
    }
}
