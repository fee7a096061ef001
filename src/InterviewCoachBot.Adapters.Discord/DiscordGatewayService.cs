using InterviewCoachBot.Adapters.Discord.Commands;
using InterviewCoachBot.Adapters.Discord.Gateway;
using InterviewCoachBot.Adapters.Discord.Interactions;
using InterviewCoachBot.Adapters.Discord.Messages;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace InterviewCoachBot.Adapters.Discord;

/// <summary>
/// The Discord adapter's one background service: registers the slash commands if they changed, sends leftover replies,
/// then runs the gateway until the host stops. A refusal that retrying cannot fix (a rejected token, close codes 4004 and
/// 4010–4014) stops the application with exit code <see cref="FatalExitCode"/> and a message naming the cause.
/// </summary>
internal sealed class DiscordGatewayService(
    CommandRegistrar registrar,
    OutboxRecovery recovery,
    GatewayClient gateway,
    InteractionDispatcher dispatcher,
    GatewaySessionStore sessions,
    IHostApplicationLifetime lifetime,
    ILogger<DiscordGatewayService> logger) : BackgroundService
{
    public const int FatalExitCode = 3;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await registrar.EnsureRegisteredAsync(stoppingToken);
            await recovery.ResendAsync(stoppingToken);
            await gateway.RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (DiscordFatalException ex)
        {
            logger.Fatal(ex.Message);
            Environment.ExitCode = FatalExitCode;
            lifetime.StopApplication();
        }
        catch (Exception ex)
        {
            logger.Crashed(ex);
            Environment.ExitCode = 1;
            lifetime.StopApplication();
        }
        finally
        {
            await dispatcher.DrainAsync();
            await sessions.FlushAsync();
        }
    }
}
