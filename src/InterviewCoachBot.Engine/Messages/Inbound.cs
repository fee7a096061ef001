namespace InterviewCoachBot.Engine.Messages;

/// <summary>One thing a user did on a platform, translated by an adapter into the engine's terms.</summary>
/// <param name="User">Who acted, as the platform identifies them.</param>
/// <param name="ChatId">Where to answer; replies and wizards are kept per user and chat.</param>
/// <param name="Content">A command, free text or a button press.</param>
/// <param name="DedupeKey">
/// The platform's own id for this event (update id, interaction id, console line number). The same key is never applied twice.
/// </param>
/// <param name="TimeZoneHint">An IANA zone the platform knows for this user, used only when the user first appears.</param>
/// <param name="DisplayName">The name the platform shows for this user, when it gives one; drafts are signed with it.</param>
public sealed record Inbound(
    UserRef User, string ChatId, InboundContent Content, string DedupeKey, string? TimeZoneHint = null, string? DisplayName = null);
