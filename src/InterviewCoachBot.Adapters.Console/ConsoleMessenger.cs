using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Ports;
using Microsoft.Extensions.Options;

namespace InterviewCoachBot.Adapters.Console;

/// <summary>
/// Prints what the bot sends on its own (nudges) into the running chat. It serves only the person chatting in this
/// console, and says so as an <see cref="IMessengerAudience"/>, so the dispatcher never claims another console user's nudges.
/// </summary>
public sealed class ConsoleMessenger(ConsoleScreen screen, ConsoleDocuments documents, IConsoleTerminal terminal, IOptions<ConsoleChatOptions> options)
    : IMessenger, IMessengerAudience
{
    public string Platform => ConsoleChatService.Platform;

    public IReadOnlyList<string> ExternalUserIds => [options.Value.User];

    public Task<SendResult> SendAsync(string chatId, Reply reply, CancellationToken cancellationToken = default) =>
        SendDirectAsync(chatId, reply, cancellationToken);

    public Task<SendResult> SendDirectAsync(string externalUserId, Reply reply, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (externalUserId != options.Value.User)
        {
            return Task.FromResult<SendResult>(new SendResult.Failed($"this console chats as someone else"));
        }

        screen.Show(reply, reply.Document is { } document ? documents.Save(document) : null);
        if (terminal.IsInteractive)
        {
            screen.Prompt();
        }

        return Task.FromResult<SendResult>(new SendResult.Sent());
    }
}
