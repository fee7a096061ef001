using System.ComponentModel.DataAnnotations;

namespace InterviewCoachBot.Adapters.Discord;

/// <summary>Settings of the Discord adapter (section <c>Discord</c>). The host enables the adapter when both ids are set.</summary>
public sealed class DiscordOptions
{
    public const string SectionName = "Discord";

    /// <summary>The bot token from the Developer Portal (Bot page). Never logged.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Discord:BotToken must be set to the bot token from the Discord Developer Portal.")]
    public string BotToken { get; set; } = "";

    /// <summary>The application id (General Information page); slash commands are registered under it.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Discord:ApplicationId must be set to the application id from the Discord Developer Portal.")]
    [RegularExpression("^[0-9]{1,20}$", ErrorMessage = "Discord:ApplicationId must be the numeric application id.")]
    public string ApplicationId { get; set; } = "";

    /// <summary>REST base without the version; tests point it at a loopback emulator. The gateway URL comes from <c>GET /gateway/bot</c>.</summary>
    [Required(ErrorMessage = "Discord:ApiBaseUrl must be an absolute URL such as https://discord.com/api.")]
    public Uri ApiBaseUrl { get; set; } = new("https://discord.com/api");

    /// <summary>
    /// How long, from receiving an interaction, the engine may work before the adapter defers the answer. Discord drops
    /// interactions not acknowledged within 3 seconds.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:00:02.500", ErrorMessage = "Discord:AckBudget must be between 50 ms and 2.5 s.")]
    public TimeSpan AckBudget { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Attempts per REST request on server errors and network failures (rate limits are waited out separately).</summary>
    [Range(1, 10, ErrorMessage = "Discord:MaxAttempts must be between 1 and 10.")]
    public int MaxAttempts { get; set; } = 4;

    /// <summary>First wait after a server error; it doubles with each attempt, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:00:30", ErrorMessage = "Discord:RetryBaseDelay must be between 10 ms and 30 s.")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);
}
