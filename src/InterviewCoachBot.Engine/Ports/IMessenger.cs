using InterviewCoachBot.Engine.Messages;

namespace InterviewCoachBot.Engine.Ports;

/// <summary>
/// Sends messages on one platform, with that platform's rate limits and retry rules. Used for what is not an immediate
/// answer to an inbound message: scheduled nudges and replies left undelivered by a crash.
/// </summary>
public interface IMessenger
{
    /// <summary>The platform this messenger serves, as in <see cref="UserRef.Platform"/>.</summary>
    string Platform { get; }

    /// <summary>Sends to a chat the user wrote from.</summary>
    Task<SendResult> SendAsync(string chatId, Reply reply, CancellationToken cancellationToken = default);

    /// <summary>Sends to the user's direct-message chat (opening it first where the platform needs that).</summary>
    Task<SendResult> SendDirectAsync(string externalUserId, Reply reply, CancellationToken cancellationToken = default);
}
