using InterviewCoachBot.Emulators.Telegram;

namespace InterviewCoachBot.Host.Tests;

/// <summary>One user's private chat with the bot, driven through the emulator: say something, press a button, read the answer.</summary>
internal sealed class TelegramChat(TelegramEmulator emulator, long user)
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    public IReadOnlyList<BotMessage> Messages => emulator.MessagesTo(user);

    public IEnumerable<string> Texts => Messages.Select(m => m.PlainText ?? string.Empty);

    /// <summary>Sends a line and returns the first new bot message that matches.</summary>
    public async Task<BotMessage> SayAsync(string text, Func<BotMessage, bool>? match = null)
    {
        var after = LastId();
        emulator.SendText(user, text);
        return await NextAsync(after, match);
    }

    /// <summary>Presses the button whose label starts with <paramref name="label"/>.</summary>
    public async Task<BotMessage> PressAsync(BotMessage message, string label, Func<BotMessage, bool>? match = null)
    {
        var button = message.InlineKeyboard.SelectMany(row => row).First(b => b.Text.StartsWith(label, StringComparison.OrdinalIgnoreCase));
        var after = LastId();
        emulator.PressButton(user, message.MessageId, button.CallbackData!);
        return await NextAsync(after, match);
    }

    public Task<BotMessage> NextAsync(long after, Func<BotMessage, bool>? match = null) =>
        emulator.WaitForMessageAsync(user, m => m.MessageId > after && (match?.Invoke(m) ?? true), Wait);

    public long LastId() => Messages.Select(m => m.MessageId).DefaultIfEmpty(0).Max();
}
