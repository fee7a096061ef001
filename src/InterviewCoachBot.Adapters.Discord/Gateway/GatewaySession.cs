namespace InterviewCoachBot.Adapters.Discord.Gateway;

/// <summary>What RESUME needs: the session from READY, where to reconnect, and the last sequence number received.</summary>
public sealed record GatewaySession(string SessionId, Uri ResumeUrl, int? Sequence);
