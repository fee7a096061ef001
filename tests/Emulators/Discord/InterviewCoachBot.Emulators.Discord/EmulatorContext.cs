using InterviewCoachBot.Emulators.Discord.Gateway;
using InterviewCoachBot.Emulators.Discord.Infrastructure;
using InterviewCoachBot.Emulators.Discord.Rest;
using InterviewCoachBot.Emulators.Discord.State;

namespace InterviewCoachBot.Emulators.Discord;

/// <summary>All emulator state, shared by the REST handlers, the gateway and the test-facing API.</summary>
internal sealed class EmulatorContext
{
    public EmulatorContext(string botToken, string applicationId, DiscordEmulatorOptions options)
    {
        Options = options;
        ApplicationId = applicationId;
        Ids = new SnowflakeGenerator(options.TimeProvider);
        Identity = new GatewayIdentity(botToken, applicationId);
        Messages = new MessageStore(Signal);
        Interactions = new InteractionStore(Messages, Signal, options);
        Channels = new ChannelDirectory(Ids);
        Commands = new CommandStore(applicationId, Ids, Signal);
        Gateway = new GatewayHub(options, Signal);
        RateLimiter = new RateLimiter(options);
        IdentifyBudget = new IdentifyBudget(options);
    }

    public DiscordEmulatorOptions Options { get; }

    public string ApplicationId { get; }

    public StateSignal Signal { get; } = new();

    public SnowflakeGenerator Ids { get; }

    public GatewayIdentity Identity { get; }

    public MessageStore Messages { get; }

    public InteractionStore Interactions { get; }

    public ChannelDirectory Channels { get; }

    public CommandStore Commands { get; }

    public GatewayHub Gateway { get; }

    public RateLimiter RateLimiter { get; }

    public IdentifyBudget IdentifyBudget { get; }

    public FaultQueue Faults { get; } = new();

    /// <summary>Seeded REST faults consulted when no queued fault applies; null for none.</summary>
    public DiscordFaultSchedule? FaultSchedule { get; set; }

    public RequestLog Requests { get; } = new();

    /// <summary>Every file attached to a message, in arrival order.</summary>
    public UploadLog Uploads { get; } = new();

    /// <summary>Until when every REST request meets Cloudflare's IP ban (see <see cref="DiscordErrors.CloudflareBan"/>).</summary>
    public DateTimeOffset BannedUntil { get; set; }

    public Uri GatewayUrl { get; set; } = new("ws://127.0.0.1/");

    public DateTimeOffset Now => Options.TimeProvider.GetUtcNow();
}
