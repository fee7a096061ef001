using InterviewCoachBot.Adapters.Discord.Rest;
using InterviewCoachBot.Engine.Ports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InterviewCoachBot.Adapters.Discord.Commands;

/// <summary>
/// Registers the slash commands with ONE bulk overwrite, and only when their definition changed since the last
/// registration (Discord allows 200 command creates a day).
/// </summary>
internal sealed class CommandRegistrar(
    SlashCommandDefinitions definitions,
    DiscordRestClient rest,
    IPlatformStateStore state,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<CommandRegistrar> logger)
{
    public const string HashKey = "commands.hash";

    public async Task EnsureRegisteredAsync(CancellationToken cancellationToken)
    {
        var applicationId = options.Value.ApplicationId;
        var hash = applicationId + ":" + definitions.Hash;
        if (await state.GetAsync(DiscordPlatform.Name, HashKey, cancellationToken) == hash)
        {
            logger.CommandsUnchanged();
            return;
        }

        var response = await rest.SendAsync(DiscordRoute.OverwriteCommands(applicationId), definitions.Json, cancellationToken);
        if (response.Status == 401)
        {
            throw new DiscordFatalException("Discord rejected the bot token (HTTP 401). Check Discord:BotToken.");
        }

        if (!response.IsSuccess)
        {
            // The previous commands stay in place; the bot still works and tries again at the next start.
            logger.CommandRegistrationFailed(response.Describe());
            return;
        }

        await state.SetAsync(DiscordPlatform.Name, HashKey, hash, time.GetUtcNow(), cancellationToken);
        logger.CommandsRegistered(definitions.Json.Count);
    }
}
