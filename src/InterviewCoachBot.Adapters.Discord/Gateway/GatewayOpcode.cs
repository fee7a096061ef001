namespace InterviewCoachBot.Adapters.Discord.Gateway;

/// <summary>Gateway v10 opcodes (Discord docs: topics/opcodes-and-status-codes, "Gateway Opcodes").</summary>
public enum GatewayOpcode
{
    /// <summary>Receive: an event was dispatched (<c>t</c> names it, <c>s</c> numbers it).</summary>
    Dispatch = 0,

    /// <summary>Send and receive: keep the connection alive; the server may ask for one at once.</summary>
    Heartbeat = 1,

    /// <summary>Send: start a new session.</summary>
    Identify = 2,

    /// <summary>Send: update the bot's presence (unused).</summary>
    PresenceUpdate = 3,

    /// <summary>Send: join or leave a voice channel (unused).</summary>
    VoiceStateUpdate = 4,

    /// <summary>Send: resume a previous session; missed events are replayed.</summary>
    Resume = 6,

    /// <summary>Receive: reconnect and resume immediately.</summary>
    Reconnect = 7,

    /// <summary>Send: ask for guild members (unused).</summary>
    RequestGuildMembers = 8,

    /// <summary>Receive: the session is invalid; <c>d</c> says whether it may be resumed.</summary>
    InvalidSession = 9,

    /// <summary>Receive: sent on connect, carries <c>heartbeat_interval</c>.</summary>
    Hello = 10,

    /// <summary>Receive: a heartbeat was received.</summary>
    HeartbeatAck = 11,
}
