using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot.Exceptions;

namespace InterviewCoachBot.Adapters.Telegram;

/// <summary>
/// Runs one Bot API call to a chat with the adapter's rules: paced by <see cref="SendPacer"/>, a timeout per attempt,
/// 429 waited out (never a request to that chat before retry_after), server errors and timeouts retried with jittered
/// backoff a bounded number of times.
/// </summary>
internal sealed class TelegramCall(SendPacer pacer, TimeProvider time, IOptions<TelegramOptions> options, ILogger<TelegramCall> logger)
{
    private TelegramOptions Settings => options.Value;

    /// <returns>The call's result, or the failure that ended it.</returns>
    public async Task<(T? Result, TelegramFailure? Failure)> RunAsync<T>(
        string method, string chatId, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        var attempt = 0;
        var rateLimited = 0;
        while (true)
        {
            await pacer.WaitTurnAsync(chatId, cancellationToken);
            TelegramFailure failure;
            Exception error;
            using (var timeout = new CancellationTokenSource(Settings.RequestTimeout, time))
            using (var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token))
            {
                try
                {
                    return (await call(linked.Token), null);
                }
                catch (RequestException ex) when (!cancellationToken.IsCancellationRequested && ex.HttpStatusCode is HttpStatusCode.OK)
                {
                    // Telegram said OK but its answer could not be read (cut short, or our timeout hit while reading it): the call
                    // took effect, and sending it again would show the message twice.
                    logger.AnswerUnreadable(method, chatId);
                    return (default, null);
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

            if (failure.Kind == TelegramFailureKind.RateLimited && ++rateLimited <= Settings.RateLimitedAttempts)
            {
                logger.RateLimited(chatId, failure.RetryAfter);
                pacer.Pause(chatId, failure.RetryAfter);
                continue;
            }

            if (failure.Kind != TelegramFailureKind.Transient || ++attempt >= Settings.SendAttempts)
            {
                if (failure.Kind == TelegramFailureKind.Unreachable)
                {
                    logger.ChatUnreachable(chatId, failure.Reason);
                }
                else if (!TelegramFailure.IsNotModified(error))
                {
                    logger.SendFailed(method, chatId, failure.Reason);
                }

                return (default, failure);
            }

            var delay = Backoff.Delay(attempt, Settings.RetryBaseDelay, Settings.RetryMaxDelay);
            logger.SendRetrying(method, chatId, failure.Reason, attempt, Settings.SendAttempts, delay, error);
            await Task.Delay(delay, time, cancellationToken);
        }
    }
}
