using InterviewCoachBot.Adapters.Discord.Gateway;
using Microsoft.Extensions.Logging;

namespace InterviewCoachBot.Adapters.Discord;

/// <summary>Every log line of the Discord adapter (event ids 4000–4999). None carries a token, a path or a message body.</summary>
internal static partial class DiscordLog
{
    [LoggerMessage(EventId = 4000, Level = LogLevel.Critical, Message = "Discord adapter stopped: {Reason}")]
    public static partial void Fatal(this ILogger logger, string reason);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Critical, Message = "Discord adapter crashed")]
    public static partial void Crashed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Information, Message = "Gateway ready: new session identified")]
    public static partial void Ready(this ILogger logger);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Information, Message = "Gateway session resumed at sequence {Sequence}")]
    public static partial void Resumed(this ILogger logger, int? sequence);

    [LoggerMessage(EventId = 4012, Level = LogLevel.Information, Message = "Resuming the gateway session stored by the previous run (sequence {Sequence})")]
    public static partial void ResumingStoredSession(this ILogger logger, int? sequence);

    [LoggerMessage(EventId = 4013, Level = LogLevel.Information, Message = "Reconnecting to the gateway in {Delay}")]
    public static partial void Reconnecting(this ILogger logger, TimeSpan delay);

    [LoggerMessage(EventId = 4014, Level = LogLevel.Warning, Message = "No heartbeat ACK before the next beat: zombie connection, reconnecting to resume")]
    public static partial void ZombieConnection(this ILogger logger);

    [LoggerMessage(EventId = 4023, Level = LogLevel.Warning, Message = "No HELLO within {Timeout} of connecting: stalled gateway node, reconnecting")]
    public static partial void NoHello(this ILogger logger, TimeSpan timeout);

    [LoggerMessage(EventId = 4024, Level = LogLevel.Warning, Message = "{Attempts} attempts to resume on the resume gateway URL failed; identifying on the gateway URL")]
    public static partial void ResumeHostUnreachable(this ILogger logger, int attempts);

    [LoggerMessage(EventId = 4015, Level = LogLevel.Warning, Message = "Gateway connection failed")]
    public static partial void ConnectionFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4016, Level = LogLevel.Information, Message = "Gateway closed with {Code} ({Description}); next: {Action}")]
    public static partial void GatewayClosed(this ILogger logger, int? code, string description, GatewayAction action);

    [LoggerMessage(EventId = 4017, Level = LogLevel.Information, Message = "Gateway asked us to reconnect (op 7)")]
    public static partial void ReconnectRequested(this ILogger logger);

    [LoggerMessage(EventId = 4018, Level = LogLevel.Information, Message = "Gateway session invalid (op 9, resumable: {Resumable})")]
    public static partial void InvalidSession(this ILogger logger, bool resumable);

    [LoggerMessage(EventId = 4019, Level = LogLevel.Warning, Message = "The stored gateway session could not be read; identifying anew")]
    public static partial void StoredSessionUnreadable(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4020, Level = LogLevel.Warning, Message = "Saving the gateway session failed")]
    public static partial void SessionSaveFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4021, Level = LogLevel.Warning, Message = "Only {Remaining} gateway IDENTIFYs left until the session start limit resets")]
    public static partial void FewIdentifiesLeft(this ILogger logger, int remaining);

    [LoggerMessage(EventId = 4022, Level = LogLevel.Critical, Message = "No gateway IDENTIFYs left (one more would get the bot token reset); waiting {ResetAfter} for the limit to reset")]
    public static partial void IdentifyLimitReached(this ILogger logger, TimeSpan resetAfter);

    [LoggerMessage(EventId = 4030, Level = LogLevel.Information, Message = "{Route} rate limited; retrying after {RetryAfter}")]
    public static partial void RateLimited(this ILogger logger, string route, TimeSpan retryAfter);

    [LoggerMessage(EventId = 4031, Level = LogLevel.Warning, Message = "{Route} failed ({Failure}); retrying in {Delay}")]
    public static partial void RestRetrying(this ILogger logger, string route, string failure, TimeSpan delay);

    [LoggerMessage(EventId = 4032, Level = LogLevel.Error, Message = "{Route} failed ({Failure}) after {Attempts} attempts")]
    public static partial void RestGaveUp(this ILogger logger, string route, string failure, int attempts);

    [LoggerMessage(EventId = 4033, Level = LogLevel.Warning, Message = "{Route} could not reach Discord ({Error})")]
    public static partial void RestNetworkFailure(this ILogger logger, string route, HttpRequestError error);

    [LoggerMessage(EventId = 4034, Level = LogLevel.Critical, Message = "Discord rejected the bot token on {Route} (HTTP 401); no further requests are sent with it")]
    public static partial void TokenRejected(this ILogger logger, string route);

    [LoggerMessage(EventId = 4035, Level = LogLevel.Error, Message = "{Route} got a 429 without Discord's rate-limit headers (an IP ban); pausing every route for {Pause}")]
    public static partial void AddressBanned(this ILogger logger, string route, TimeSpan pause);

    [LoggerMessage(EventId = 4036, Level = LogLevel.Warning, Message = "{Count} invalid requests (401, 403, 429) within {Window}; slowing every route down (Discord bans the IP at 10,000)")]
    public static partial void ManyInvalidRequests(this ILogger logger, int count, TimeSpan window);

    [LoggerMessage(EventId = 4037, Level = LogLevel.Warning, Message = "Not waiting {Wait} to retry: the interaction can no longer be answered by then")]
    public static partial void PastDeadline(this ILogger logger, TimeSpan wait);

    [LoggerMessage(EventId = 4040, Level = LogLevel.Information, Message = "Slash commands unchanged; not registering")]
    public static partial void CommandsUnchanged(this ILogger logger);

    [LoggerMessage(EventId = 4041, Level = LogLevel.Information, Message = "Registered {Count} slash commands")]
    public static partial void CommandsRegistered(this ILogger logger, int count);

    [LoggerMessage(EventId = 4042, Level = LogLevel.Error, Message = "Registering the slash commands failed ({Failure}); the previous ones stay")]
    public static partial void CommandRegistrationFailed(this ILogger logger, string failure);

    [LoggerMessage(EventId = 4050, Level = LogLevel.Debug, Message = "Interaction type {Type} deferred after {Elapsed}")]
    public static partial void Deferred(this ILogger logger, int type, TimeSpan elapsed);

    [LoggerMessage(EventId = 4051, Level = LogLevel.Debug, Message = "Interaction type {Type} answered with {Replies} replies after {Elapsed}")]
    public static partial void Answered(this ILogger logger, int type, int replies, TimeSpan elapsed);

    [LoggerMessage(EventId = 4052, Level = LogLevel.Warning, Message = "Acknowledging an interaction failed ({Failure})")]
    public static partial void AckFailed(this ILogger logger, string failure);

    [LoggerMessage(EventId = 4053, Level = LogLevel.Warning, Message = "Answering an interaction failed ({Failure}); the reply stays in the outbox")]
    public static partial void AnswerFailed(this ILogger logger, string failure);

    [LoggerMessage(EventId = 4054, Level = LogLevel.Error, Message = "The engine failed on an interaction")]
    public static partial void EngineFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4065, Level = LogLevel.Information, Message = "Interaction answer needs more than Discord's 5 follow-ups here; {Replies} replies go on in the DM")]
    public static partial void FollowUpsToDm(this ILogger logger, int replies);

    [LoggerMessage(EventId = 4055, Level = LogLevel.Information, Message = "Interaction already handled; nothing to answer")]
    public static partial void DuplicateInteraction(this ILogger logger);

    [LoggerMessage(EventId = 4056, Level = LogLevel.Debug, Message = "Replayed interaction ignored")]
    public static partial void ReplayedInteraction(this ILogger logger);

    [LoggerMessage(EventId = 4064, Level = LogLevel.Warning, Message = "Interaction type {Type} created {Age} ago is too old to answer; not applied")]
    public static partial void StaleInteraction(this ILogger logger, int type, TimeSpan age);

    [LoggerMessage(EventId = 4057, Level = LogLevel.Warning, Message = "An INTERACTION_CREATE could not be read")]
    public static partial void UnreadableInteraction(this ILogger logger);

    [LoggerMessage(EventId = 4058, Level = LogLevel.Error, Message = "Handling an interaction failed")]
    public static partial void InteractionFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4059, Level = LogLevel.Information, Message = "A button or modal of another user was refused")]
    public static partial void ForeignPress(this ILogger logger);

    [LoggerMessage(EventId = 4060, Level = LogLevel.Information, Message = "Leftover reply {OutboxId} sent to the user's DM")]
    public static partial void LeftoverSent(this ILogger logger, long outboxId);

    [LoggerMessage(EventId = 4061, Level = LogLevel.Warning, Message = "Leftover reply {OutboxId} dropped: it answered an interaction outside the bot's DM and that interaction can no longer be answered")]
    public static partial void LeftoverDropped(this ILogger logger, long outboxId);

    [LoggerMessage(EventId = 4062, Level = LogLevel.Warning, Message = "Leftover reply {OutboxId} dropped: the user can't be reached ({Reason})")]
    public static partial void LeftoverUnreachable(this ILogger logger, long outboxId, string reason);

    [LoggerMessage(EventId = 4063, Level = LogLevel.Warning, Message = "Leftover reply {OutboxId} not sent ({Reason}); trying again at the next start")]
    public static partial void LeftoverFailed(this ILogger logger, long outboxId, string reason);
}
