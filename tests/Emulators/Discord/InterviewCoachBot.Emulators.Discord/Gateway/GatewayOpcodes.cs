namespace InterviewCoachBot.Emulators.Discord.Gateway;

/// <summary>Gateway opcodes and close codes used by the emulator (Discord docs, opcodes-and-status-codes).</summary>
internal static class GatewayOpcodes
{
    public const int Dispatch = 0;
    public const int Heartbeat = 1;
    public const int Identify = 2;
    public const int PresenceUpdate = 3;
    public const int VoiceStateUpdate = 4;
    public const int Resume = 6;
    public const int Reconnect = 7;
    public const int RequestGuildMembers = 8;
    public const int InvalidSession = 9;
    public const int Hello = 10;
    public const int HeartbeatAck = 11;
    public const int RequestSoundboardSounds = 31;

    public const int MaxPayloadBytes = 4096;

    public static bool IsClientOpcode(int op) =>
        op is Heartbeat or Identify or PresenceUpdate or VoiceStateUpdate or Resume or RequestGuildMembers or RequestSoundboardSounds;
}

/// <summary>Gateway close codes.</summary>
internal static class GatewayCloseCodes
{
    public const int UnknownError = 4000;
    public const int UnknownOpcode = 4001;
    public const int DecodeError = 4002;
    public const int NotAuthenticated = 4003;
    public const int AuthenticationFailed = 4004;
    public const int AlreadyAuthenticated = 4005;
    public const int InvalidSeq = 4007;
    public const int SessionTimedOut = 4009;
    public const int InvalidShard = 4010;
    public const int InvalidApiVersion = 4012;
    public const int InvalidIntents = 4013;

    /// <summary>Codes after which Discord's session is gone (reconnect must IDENTIFY).</summary>
    public static bool EndsSession(int code) =>
        code is NotAuthenticated or AuthenticationFailed or InvalidSeq or SessionTimedOut or (>= 4010 and <= 4014);
}
