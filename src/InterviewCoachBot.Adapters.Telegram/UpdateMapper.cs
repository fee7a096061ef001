using System.Globalization;
using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Messages;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace InterviewCoachBot.Adapters.Telegram;

/// <summary>Translates a Telegram text message into the engine's <see cref="Inbound"/>; the update id is the dedupe key.</summary>
internal static class UpdateMapper
{
    /// <returns>null for anything the engine does not handle (groups, stickers, edits, service messages).</returns>
    public static Inbound? FromMessage(Update update)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (update.Message is not { Text: { } text, From: { IsBot: false } from, Chat.Type: ChatType.Private } message)
        {
            return null;
        }

        InboundContent content;
        if (text.StartsWith('/'))
        {
            var (name, arguments) = CommandLine.Split(text);
            content = new CommandInput(name, arguments);
        }
        else
        {
            content = new TextInput(text);
        }

        return new Inbound(User(from.Id), ChatId(message), content, DedupeKey(update), DisplayName: DisplayName(from));
    }

    /// <summary>An inbound for a press whose data <see cref="CallbackDataCodec"/> accepted.</summary>
    public static Inbound FromButton(Update update, CallbackQuery query, string data)
    {
        ArgumentNullException.ThrowIfNull(update);
        ArgumentNullException.ThrowIfNull(query);
        var chat = query.Message?.Chat.Id ?? query.From.Id;
        return new Inbound(User(query.From.Id), Id(chat), new ButtonInput(data), DedupeKey(update), DisplayName: DisplayName(query.From));
    }

    /// <summary>The name Telegram shows for the sender of an update (first and last name), or null when it names nobody.</summary>
    public static string? DisplayNameOf(Update update)
    {
        ArgumentNullException.ThrowIfNull(update);
        return (update.Message?.From ?? update.CallbackQuery?.From) is { } from ? DisplayName(from) : null;
    }

    public static string ChatId(Message message) => Id(message.Chat.Id);

    private static string DisplayName(User user) => $"{user.FirstName} {user.LastName}".Trim();

    public static string DedupeKey(Update update) => update.Id.ToString(CultureInfo.InvariantCulture);

    private static UserRef User(long id) => new(TelegramPlatform.Name, Id(id));

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
