using System.Security.Cryptography;
using System.Text;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Ports;

namespace InterviewCoachBot.Adapters.Discord.Messages;

/// <summary>
/// Button <c>custom_id</c>s: <c>&lt;owner user id&gt;:&lt;engine button data&gt;</c>, so a press is checked against the user who
/// was asked. Data that would make the id longer than Discord's 100 characters is kept in <see cref="IPlatformStateStore"/>
/// as the owner's, under a hash of owner and data, and the id carries <c>#&lt;hash&gt;</c> instead. <c>&lt;owner&gt;:answer</c> is the "Answer" button that opens a modal
/// (and the single-answer modal); <c>&lt;owner&gt;:form</c> is a modal holding a form the engine declared.
/// A select menu (<see cref="ChoiceMenus"/>) is <c>&lt;owner&gt;:menu&lt;n&gt;</c>; its options' values are button ids as above.
/// </summary>
internal sealed class CustomIds(IPlatformStateStore state, TimeProvider time)
{
    public const int MaxLength = 100;

    /// <summary>The modal's one text input.</summary>
    public const string AnswerField = "text";

    private const string AnswerAction = "answer";
    private const string FormAction = "form";
    private const char StoredMark = '#';

    public async Task<string> EncodeAsync(string ownerId, string data, CancellationToken cancellationToken)
    {
        var plain = ownerId + ":" + data;
        if (plain.Length <= MaxLength)
        {
            return plain;
        }

        // Hashed with the owner, so each user's row is their own and "forget" deletes it without breaking anyone else's button.
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ownerId + "\n" + data)))[..24];
        await state.SetOwnedAsync(new UserRef(DiscordPlatform.Name, ownerId), StateKey(hash), data, time.GetUtcNow(), cancellationToken);
        return ownerId + ":" + StoredMark + hash;
    }

    /// <summary>The "Answer" button; also the custom id of the modal it opens.</summary>
    public static string Answer(string ownerId) => ownerId + ":" + AnswerAction;

    /// <summary>The modal of a form the engine declared: its submitted values are the form's, by field key.</summary>
    public static string Form(string ownerId) => ownerId + ":" + FormAction;

    /// <summary>The <paramref name="index"/>th select menu of a message; never decoded, since a choice acts as its option's value.</summary>
    public static string Menu(string ownerId, int index) => ownerId + ":menu" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Null when the id is not one of ours.</summary>
    public async Task<PressedId?> DecodeAsync(string customId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(customId);
        var colon = customId.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return null;
        }

        var owner = customId[..colon];
        var rest = customId[(colon + 1)..];
        if (rest is AnswerAction or FormAction)
        {
            return new PressedId(owner, null, IsAnswer: true) { IsForm = rest == FormAction };
        }

        if (rest.Length > 1 && rest[0] == StoredMark)
        {
            var stored = await state.GetAsync(DiscordPlatform.Name, StateKey(rest[1..]), cancellationToken);
            return new PressedId(owner, stored, IsAnswer: false);
        }

        return new PressedId(owner, rest, IsAnswer: false);
    }

    private static string StateKey(string hash) => "button." + hash;
}

/// <summary>A decoded custom id: whose it is, and the engine's button data (null when the stored data is gone).</summary>
/// <param name="IsAnswer">The "Answer" button, or a modal it opened.</param>
internal sealed record PressedId(string OwnerId, string? Data, bool IsAnswer)
{
    /// <summary>A modal holding a form the engine declared, not the single-answer one.</summary>
    public bool IsForm { get; init; }
}
