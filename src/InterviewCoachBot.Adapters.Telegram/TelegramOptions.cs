using System.ComponentModel.DataAnnotations;

namespace InterviewCoachBot.Adapters.Telegram;

/// <summary>Settings of the Telegram adapter (section <c>Telegram</c>); the host enables it only when a token is set.</summary>
public sealed class TelegramOptions
{
    public const string SectionName = "Telegram";

    /// <summary>The token @BotFather gave, "&lt;digits&gt;:&lt;secret&gt;". A secret: never commit it, never log it.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Telegram:BotToken must be set to the token @BotFather gave.")]
    [RegularExpression(@"^\d{1,20}:[A-Za-z0-9_\-]{1,200}$", ErrorMessage = "Telegram:BotToken does not look like a bot token (digits, a colon, then letters, digits, '_' or '-').")]
    public string BotToken { get; set; } = string.Empty;

    /// <summary>A local Bot API server (or the test emulator), e.g. <c>http://127.0.0.1:8081</c>; empty means api.telegram.org.</summary>
    [Url(ErrorMessage = "Telegram:ApiBaseUrl must be an absolute http(s) URL.")]
    public string? ApiBaseUrl { get; set; }

    /// <summary>How long one <c>getUpdates</c> long poll may wait on the server (Telegram ends them at about 50 s).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:00:50")]
    public TimeSpan PollTimeout { get; set; } = TimeSpan.FromSeconds(25);

    /// <summary>At most this many updates per <c>getUpdates</c>; the whole batch is replayed after a crash.</summary>
    [Range(1, 100)]
    public int PollLimit { get; set; } = 100;

    /// <summary>
    /// How many users' updates of one polled batch are handled at the same time (one user's always in order). Bounded
    /// because every turn commits through the one database writer.
    /// </summary>
    [Range(1, 64)]
    public int ConcurrentTurns { get; set; } = 8;

    /// <summary>How long one API call (other than the long poll's own wait) may take before it counts as timed out.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts at one send on server errors and timeouts before it is reported as failed.</summary>
    [Range(1, 10)]
    public int SendAttempts { get; set; } = 4;

    /// <summary>How many 429 answers one send waits out before it is reported as failed (never sooner than retry_after).</summary>
    [Range(1, 50)]
    public int RateLimitedAttempts { get; set; } = 10;

    /// <summary>Attempts at handling one update before it is parked and the user gets an apology.</summary>
    [Range(1, 10)]
    public int HandlerAttempts { get; set; } = 3;

    /// <summary>First retry delay; it doubles each attempt, with jitter, up to <see cref="RetryMaxDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Messages per second across all chats (Telegram: about 30).</summary>
    [Range(0.1, 1000)]
    public double GlobalMessagesPerSecond { get; set; } = 30;

    /// <summary>Messages per second to one chat in the long run (Telegram: about 1).</summary>
    [Range(0.01, 100)]
    public double ChatMessagesPerSecond { get; set; } = 1;

    /// <summary>Messages one chat may get back to back before <see cref="ChatMessagesPerSecond"/> applies (a reply in parts).</summary>
    [Range(1, 20)]
    public int ChatBurst { get; set; } = 3;
}
