namespace InterviewCoachBot.Emulators.Discord;

/// <summary>Knobs for <see cref="DiscordEmulator"/>. Defaults follow Discord's documented numbers.</summary>
public sealed class DiscordEmulatorOptions
{
    /// <summary>op 10 HELLO <c>heartbeat_interval</c> in milliseconds (Discord sends about 41250).</summary>
    public int HeartbeatIntervalMs { get; init; } = 41250;

    /// <summary>
    /// Clock used for interaction deadlines, rate-limit windows, snowflakes and timestamps.
    /// Defaults to <see cref="TimeProvider.System"/>; a FakeTimeProvider makes the 3 s window and
    /// rate-limit resets deterministic (advance it to expire them).
    /// </summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>How long after INTERACTION_CREATE the first callback is accepted (Discord: 3 s), else 10062.</summary>
    public TimeSpan InteractionAckWindow { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>How long the interaction token works for webhooks/follow-ups (Discord: 15 min), else 50027.</summary>
    public TimeSpan InteractionTokenLifetime { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Per-route bucket used when <see cref="RouteRateLimits"/> has no entry (Discord: 5 per 5 s for messages).</summary>
    public RateLimitRule DefaultRateLimit { get; init; } = new(5, TimeSpan.FromSeconds(5));

    /// <summary>Per-route overrides keyed by route key, e.g. <c>"POST /channels/{channel_id}/messages"</c>.</summary>
    public IReadOnlyDictionary<string, RateLimitRule> RouteRateLimits { get; init; } = new Dictionary<string, RateLimitRule>();

    /// <summary>Global limit per bot for non-interaction routes (Discord: 50 per second).</summary>
    public RateLimitRule GlobalRateLimit { get; init; } = new(50, TimeSpan.FromSeconds(1));

    /// <summary>Bot user name reported in READY and as message author.</summary>
    public string BotUsername { get; init; } = "InterviewCoachBot";

    /// <summary>How many dispatches per session are kept for RESUME replay.</summary>
    public int ReplayBufferSize { get; init; } = 1000;
}
