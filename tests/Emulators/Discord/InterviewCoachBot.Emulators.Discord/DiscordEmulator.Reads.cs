using System.Text.Json;

namespace InterviewCoachBot.Emulators.Discord;

/// <summary>Test side: read what the bot did.</summary>
public sealed partial class DiscordEmulator
{
    /// <summary>Every REST request so far, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> RestRequests => _context.Requests.All();

    /// <summary>Global commands as last set by <c>PUT /applications/{id}/commands</c>, with ids.</summary>
    public IReadOnlyList<JsonElement> RegisteredCommands => _context.Commands.Snapshot();

    /// <summary>How many bulk overwrites were accepted.</summary>
    public int BulkOverwriteCount => _context.Commands.OverwriteCount;

    /// <summary>Gateway counters.</summary>
    public GatewayStats Gateway => _context.Gateway.Stats();

    /// <summary>IDENTIFYs that arrived after the session start limit was spent (each one resets the token on Discord).</summary>
    public int IdentifiesOverLimit => _context.IdentifyBudget.OverLimit;

    /// <summary>Every payload clients sent on the gateway, with the connection path it came on.</summary>
    public IReadOnlyList<GatewayFrame> GatewayFrames => _context.Gateway.Frames();

    /// <summary>429s the emulator's own limiter had to send (injected faults not counted).</summary>
    public int EnforcedRateLimitCount => _context.RateLimiter.Enforced429Count;

    /// <summary>All messages the bot created (channel messages, interaction responses, follow-ups), latest versions.</summary>
    public IReadOnlyList<SentMessage> Messages => _context.Messages.All();

    /// <summary>
    /// Every file the bot attached to a message (multipart <c>files[n]</c> on a message create, an interaction callback, a
    /// follow-up or an edit), with its name and bytes, in arrival order. <see cref="SentMessage.Attachments"/> has a message's own.
    /// </summary>
    public IReadOnlyList<ReceivedAttachment> ReceivedAttachments => _context.Uploads.All();

    /// <summary>Messages in the user's DM channel: nudges via <c>POST /users/@me/channels</c> + <c>POST /channels/{id}/messages</c>,
    /// plus interaction responses to commands the user ran in DMs.</summary>
    public IReadOnlyList<SentMessage> DirectMessagesTo(string userId) =>
        _context.Channels.ExistingDmChannelFor(userId) is { } channel ? _context.Messages.InChannel(channel) : [];

    /// <summary>Waits (event-driven) for a DM to <paramref name="userId"/> matching <paramref name="match"/>.</summary>
    public Task<SentMessage> WaitForDirectMessageAsync(string userId, Func<SentMessage, bool> match, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(match);
        return _context.Signal.WaitAsync(() => DirectMessagesTo(userId).FirstOrDefault(match), timeout, $"a direct message to {userId}");
    }

    /// <summary>Waits until <paramref name="condition"/> holds for the gateway counters; returns that snapshot.</summary>
    public Task<GatewayStats> WaitForGatewayAsync(Func<GatewayStats, bool> condition, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return _context.Signal.WaitAsync(() => Gateway is var s && condition(s) ? s : null, timeout, "a gateway condition");
    }

    /// <summary>Waits for a REST request matching <paramref name="match"/> (already recorded ones count).</summary>
    public Task<RecordedRequest> WaitForRequestAsync(Func<RecordedRequest, bool> match, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(match);
        return _context.Signal.WaitAsync(() => RestRequests.FirstOrDefault(match), timeout, "a REST request");
    }
}
