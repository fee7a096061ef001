using InterviewCoachBot.Engine.Conversation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace InterviewCoachBot.Adapters.Telegram;

/// <summary>
/// What runs once before polling: check the token (getMe), switch to polling without dropping what queued while the bot
/// was down, publish the command menu, and send the replies a crash left in the outbox.
/// </summary>
internal sealed class TelegramStartup(
    TelegramClientSource clients,
    CommandCatalog commands,
    OutboxLeftovers leftovers,
    TimeProvider time,
    IOptions<TelegramOptions> options,
    ILogger<TelegramStartup> logger)
{
    /// <summary>Telegram's limit for a command description.</summary>
    private const int MaxDescription = 256;

    private TelegramOptions Settings => options.Value;

    /// <exception cref="TokenRejectedException">The token was refused; the caller stops the bot.</exception>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var me = await UntilDoneAsync(token => clients.Client.GetMe(token), cancellationToken);
        await UntilDoneAsync(
            async token =>
            {
                // Never drop what queued while the bot was down.
                await clients.Client.DeleteWebhook(dropPendingUpdates: false, token);
                return true;
            },
            cancellationToken);
        await PublishCommandsAsync(cancellationToken);
        await leftovers.SendAsync(cancellationToken);
        logger.Receiving(me.Username, me.Id);
    }

    /// <summary>Retries transient failures with backoff until the call works; 401 is fatal at once.</summary>
    private async Task<T> UntilDoneAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            Exception? error;
            TelegramFailure failure;
            using (var timeout = new CancellationTokenSource(Settings.RequestTimeout, time))
            using (var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token))
            {
                try
                {
                    return await call(linked.Token);
                }
                catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
                {
                    (failure, error) = (TelegramFailure.TimedOut, ex);
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested && TelegramFailure.Classify(ex) is { } classified)
                {
                    (failure, error) = (classified, ex);
                }
            }

            if (failure.Kind == TelegramFailureKind.Unauthorized)
            {
                throw new TokenRejectedException();
            }

            var delay = failure.Kind == TelegramFailureKind.RateLimited
                ? failure.RetryAfter
                : Backoff.Delay(attempt, Settings.RetryBaseDelay, Settings.RetryMaxDelay);
            logger.PollFailed(failure.Reason, delay, error);
            await Task.Delay(delay, time, cancellationToken);
        }
    }

    private async Task PublishCommandsAsync(CancellationToken cancellationToken)
    {
        var menu = commands.Commands
            .Select(command => command.Info)
            .Where(info => info.Name.Length is > 0 and <= 32 && info.Name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
            .Select(info => new BotCommand(info.Name, Describe(info.Summary)))
            .ToList();
        using var timeout = new CancellationTokenSource(Settings.RequestTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await clients.Client.SetMyCommands(menu, cancellationToken: linked.Token);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            if (TelegramFailure.Classify(ex) is { Kind: TelegramFailureKind.Unauthorized })
            {
                throw new TokenRejectedException();
            }

            logger.CommandMenuFailed(ex);
        }
    }

    private static string Describe(string summary)
    {
        var text = string.IsNullOrWhiteSpace(summary) ? "—" : summary.Trim();
        return text.Length <= MaxDescription ? text : text[..(MaxDescription - 1)] + "…";
    }
}
