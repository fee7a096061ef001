namespace InterviewCoachBot.Adapters.Discord.Gateway;

/// <summary>What the client does after the gateway connection ended.</summary>
internal enum GatewayAction
{
    /// <summary>Reconnect to <c>resume_gateway_url</c> and RESUME the session (IDENTIFY when there is none).</summary>
    Resume,

    /// <summary>Drop the session, reconnect to the gateway URL and IDENTIFY.</summary>
    Identify,

    /// <summary>Do not reconnect: the token, intents, shard or API version were refused.</summary>
    Stop,
}

/// <summary>Gateway close codes (Discord docs, "Gateway Close Event Codes") and what each one means for us.</summary>
internal static class GatewayCloseCodes
{
    public const int AuthenticationFailed = 4004;

    /// <summary>Code we close with when we mean to resume: anything but 1000/1001 keeps the session alive.</summary>
    public const int Reconnecting = 4000;

    /// <summary>What to do after Discord (or a proxy in front of it) closed with <paramref name="code"/>.</summary>
    /// <remarks>
    /// 1000/1001 resume: the docs end a session only when the *client* closes with them, and a load balancer's "going
    /// away" is not that. If the session is gone after all, the RESUME gets op 9 and we IDENTIFY then.
    /// </remarks>
    public static GatewayAction ActionFor(int? code) => code switch
    {
        4004 or (>= 4010 and <= 4014) => GatewayAction.Stop,
        4003 or 4007 or 4009 => GatewayAction.Identify,
        _ => GatewayAction.Resume,
    };

    public static string Describe(int? code) => code switch
    {
        null => "connection lost without a close code",
        4000 => "unknown error",
        4001 => "unknown opcode",
        4002 => "decode error",
        4003 => "not authenticated",
        4004 => "authentication failed: Discord rejected the bot token",
        4005 => "already authenticated",
        4007 => "invalid sequence",
        4008 => "rate limited",
        4009 => "session timed out",
        4010 => "invalid shard",
        4011 => "sharding required",
        4012 => "invalid API version",
        4013 => "invalid intents",
        4014 => "disallowed intents: enable them in the Developer Portal or remove them",
        _ => "closed",
    };
}
