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

    /// <summary>IDENTIFYs allowed per <see cref="SessionStartResetAfter"/> (Discord: 1000 a day); one more resets the token.</summary>
    public int SessionStartLimit { get; init; } = 1000;

    /// <summary>How long after the window's first IDENTIFY the session start limit resets (Discord: 24 h).</summary>
    public TimeSpan SessionStartResetAfter { get; init; } = TimeSpan.FromHours(24);

    /// <summary>
    /// With <c>max_concurrency</c> 1 Discord answers an IDENTIFY less than 5 s after the previous one with op 9. Null (the
    /// default) skips the check, so tests of other behaviour may IDENTIFY back to back; set 5 s to model it.
    /// </summary>
    public TimeSpan? IdentifySpacing { get; init; }

    /// <summary>
    /// New DM channels the bot may open per window before <c>POST /users/@me/channels</c> answers 403 with code 40003
    /// ("You are opening direct messages too fast"). Discord publishes no number (user.mdx, Create DM: opening "a
    /// significant amount of DMs too quickly" gets the bot limited); null (the default) never refuses.
    /// </summary>
    public RateLimitRule? DmOpenLimit { get; init; }

    /// <summary>How many dispatches per session are kept for RESUME replay.</summary>
    public int ReplayBufferSize { get; init; } = 1000;
}
