using InterviewCoachBot.Engine;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Ports;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InterviewCoachBot.Adapters.Console;

/// <summary>
/// The local chat: reads lines until end of input, hands each to the engine and prints the replies. When input ends
/// (Ctrl+D, or the end of a piped script) the application stops with exit code 0.
/// </summary>
public sealed class ConsoleChatService(
    ConversationEngine engine,
    IDeliveryLog deliveries,
    ConsoleScreen screen,
    ConsoleDocuments documents,
    IConsoleTerminal terminal,
    IOptions<ConsoleChatOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<ConsoleChatService> logger) : BackgroundService
{
    public const string Platform = "console";

    private string UserName => options.Value.User;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting before we block on input.
        await Task.Yield();
        if (terminal.IsInteractive)
        {
            terminal.Output.WriteLine($"InterviewCoachBot: chatting as '{UserName}'. Type /help to begin, Ctrl+D to leave.");
            terminal.Output.WriteLine();
        }

        await DeliverLeftoversAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            if (terminal.IsInteractive)
            {
                screen.Prompt();
            }

            // Console reads can't be cancelled, so wait for them beside the stopping token.
            var line = await Task.Run(terminal.Input.ReadLine, CancellationToken.None).WaitAsync(stoppingToken);
            if (line is null)
            {
                logger.InputEnded();
                lifetime.StopApplication();
                return;
            }

            if (line.Trim().Length > 0)
            {
                await HandleLineAsync(line, stoppingToken);
            }
        }
    }

    private async Task HandleLineAsync(string line, CancellationToken cancellationToken)
    {
        var inbound = new Inbound(
            new UserRef(Platform, UserName),
            UserName,
            ConsoleInputReader.Read(line, screen),
            $"{UserName}:{Guid.NewGuid():N}",
            TimeZoneInfo.Local.HasIanaId ? TimeZoneInfo.Local.Id : null);
        IReadOnlyList<Delivery> replies;
        try
        {
            replies = await engine.HandleAsync(inbound, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The details go to the log; the chat gets one line (the host keeps stack traces out of it unless --verbose).
            logger.HandlingFailed(ex);
            screen.Show(new Reply("Sorry, something went wrong on my side and your last message was not applied. Please try again."));
            return;
        }

        foreach (var delivery in replies)
        {
            await ShowOrKeepAsync(delivery, cancellationToken);
        }
    }

    /// <summary>Replies committed before a crash but never shown are shown now.</summary>
    private async Task DeliverLeftoversAsync(CancellationToken cancellationToken)
    {
        foreach (var delivery in await deliveries.ListUndeliveredAsync(Platform, cancellationToken))
        {
            if (delivery.ChatId == UserName)
            {
                await ShowOrKeepAsync(delivery, cancellationToken);
            }
        }
    }

    /// <summary>A reply that cannot be shown (its file cannot be saved) stays undelivered, to be shown at the next start, and the chat goes on.</summary>
    private async Task ShowOrKeepAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        try
        {
            await ShowAsync(delivery, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.ShowingFailed(ex);
            screen.Show(new Reply("Sorry, something went wrong on my side and I could not show you a reply. I'll show it again when you next start the chat."));
        }
    }

    private async Task ShowAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        screen.Show(delivery.Reply, delivery.Reply.Document is { } document ? documents.Save(document) : null);
        // Shown on the screen: record that even when a stop came meanwhile, or the next start would show it again.
        await deliveries.MarkDeliveredAsync(delivery.OutboxId, time.GetUtcNow(), CancellationToken.None);
    }
}
