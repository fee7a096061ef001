using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Ports;

namespace InterviewCoachBot.Adapters.Telegram;

/// <summary>
/// Packs the engine's button data into Telegram's <c>callback_data</c> (1-64 bytes) as <c>&lt;owner id base36&gt;:&lt;data&gt;</c>,
/// and checks a press against it: only the owner may press, and only data the engine could have made is passed on.
/// </summary>
/// <remarks>
/// Data too long for 64 bytes is kept in <see cref="IPlatformStateStore"/> under a hash of owner and data, and the button
/// carries <c>&lt;owner&gt;:#&lt;hash&gt;</c>. The client echoes callback_data back unchecked, so a press is untrusted input.
/// </remarks>
internal sealed class CallbackDataCodec(IPlatformStateStore state, TimeProvider time)
{
    public const int MaxBytes = 64;
    private const string KeyPrefix = "button:";
    private const char StoredMarker = '#';

    public async Task<string> EncodeAsync(long ownerUserId, string data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        var prefix = Base36.Encode(ownerUserId) + ":";
        var inline = prefix + data;
        if (Encoding.UTF8.GetByteCount(inline) <= MaxBytes && !data.StartsWith(StoredMarker))
        {
            return inline;
        }

        var hash = Hash(ownerUserId, data);
        var owner = new UserRef(TelegramPlatform.Name, ownerUserId.ToString(CultureInfo.InvariantCulture));
        await state.SetOwnedAsync(owner, KeyPrefix + hash, data, time.GetUtcNow(), cancellationToken);
        return prefix + StoredMarker + hash;
    }

    public async Task<CallbackVerdict> DecodeAsync(long pressedBy, string? callbackData, CancellationToken cancellationToken)
    {
        var colon = callbackData?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (callbackData is null || colon <= 0 || !Base36.TryDecode(callbackData.AsSpan(0, colon), out var owner))
        {
            return CallbackVerdict.Expired;
        }

        if (owner != pressedBy)
        {
            return CallbackVerdict.NotYours;
        }

        var data = callbackData[(colon + 1)..];
        if (data.StartsWith(StoredMarker))
        {
            data = await state.GetAsync(TelegramPlatform.Name, KeyPrefix + data[1..], cancellationToken) ?? string.Empty;
        }

        return ButtonData.TryReadAnswer(data, out _) || ButtonData.TryReadCommand(data, out _)
            ? CallbackVerdict.Accept(data)
            : CallbackVerdict.Expired;
    }

    private static string Hash(long owner, string data)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{owner}\n{data}"));
        return Convert.ToBase64String(bytes, 0, 12).Replace('+', '-').Replace('/', '_');
    }
}

/// <summary>What a button press turned out to be.</summary>
internal sealed record CallbackVerdict(string? Data, string? Refusal)
{
    public static CallbackVerdict NotYours { get; } = new(null, "This button isn't yours.");

    public static CallbackVerdict Expired { get; } = new(null, "This button expired. Send /help to see what I can do.");

    public static CallbackVerdict Accept(string data) => new(data, null);
}
