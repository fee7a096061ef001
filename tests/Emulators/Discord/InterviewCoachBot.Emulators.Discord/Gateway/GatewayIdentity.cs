namespace InterviewCoachBot.Emulators.Discord.Gateway;

/// <summary>What the gateway needs to know about the bot: its token (and whether it was revoked) and URLs.</summary>
internal sealed class GatewayIdentity(string botToken, string applicationId)
{
    private volatile bool _rejected;

    public string ApplicationId { get; } = applicationId;

    public string ResumeUrl { get; set; } = string.Empty;

    public bool Rejected
    {
        get => _rejected;
        set => _rejected = value;
    }

    /// <summary>The raw token, exactly (no "Bot " prefix on the gateway), and not revoked.</summary>
    public bool IsValidToken(string token) => !_rejected && string.Equals(token, botToken, StringComparison.Ordinal);

    /// <summary>REST <c>Authorization</c> must be <c>Bot &lt;token&gt;</c>.</summary>
    public bool IsValidAuthorization(string? header) =>
        !_rejected && string.Equals(header, "Bot " + botToken, StringComparison.Ordinal);
}
