using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewCoachBot.Emulators.Telegram.Internal;

namespace InterviewCoachBot.Emulators.Telegram.Chats;

/// <summary>
/// Private chats (one per user who wrote), who blocked the bot, and the bot's messages per chat
/// in their current (edited) state. Message ids come from one counter shared with user messages.
/// </summary>
internal sealed class ChatStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, KnownUser> _users = [];
    private readonly HashSet<long> _blocked = [];
    private readonly Dictionary<long, List<BotMessage>> _messages = [];
    private readonly Waiters<BotMessage> _waiters = new();
    private long _nextMessageId = 1;

    public KnownUser Remember(long userId, string firstName, string? username)
    {
        lock (_gate)
        {
            var user = new KnownUser(userId, firstName, username);
            _users[userId] = user;
            return user;
        }
    }

    public KnownUser? FindUser(long userId)
    {
        lock (_gate)
        {
            return _users.GetValueOrDefault(userId);
        }
    }

    public void SetBlocked(long userId, bool blocked)
    {
        lock (_gate)
        {
            if (blocked)
            {
                _blocked.Add(userId);
            }
            else
            {
                _blocked.Remove(userId);
            }
        }
    }

    public long NextMessageId()
    {
        lock (_gate)
        {
            return _nextMessageId++;
        }
    }

    /// <summary>Resolves <c>chat_id</c> to a private chat the bot may write to: 400 if unknown, 403 if blocked.</summary>
    public KnownUser ResolveChat(JsonObject args)
    {
        var id = args["chat_id"] switch
        {
            JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<long>(out var l) => l,
            _ => (long?)null,
        };
        lock (_gate)
        {
            if (id is null || !_users.TryGetValue(id.Value, out var user))
            {
                throw BotApiException.BadRequest("chat not found");
            }

            return _blocked.Contains(user.Id)
                ? throw new BotApiException(403, "Forbidden: bot was blocked by the user")
                : user;
        }
    }

    public void Add(BotMessage message)
    {
        lock (_gate)
        {
            if (!_messages.TryGetValue(message.ChatId, out var list))
            {
                list = [];
                _messages[message.ChatId] = list;
            }

            list.Add(message);
            _waiters.Publish(message);
        }
    }

    public BotMessage? Find(long chatId, long messageId)
    {
        lock (_gate)
        {
            return _messages.TryGetValue(chatId, out var list) ? list.Find(m => m.MessageId == messageId) : null;
        }
    }

    /// <summary>Replaces a message with its edited snapshot, unless <paramref name="expected"/> is no longer current.</summary>
    public bool Replace(BotMessage expected, BotMessage edited)
    {
        lock (_gate)
        {
            if (!_messages.TryGetValue(expected.ChatId, out var list))
            {
                return false;
            }

            var index = list.FindIndex(m => ReferenceEquals(m, expected));
            if (index < 0)
            {
                return false;
            }

            list[index] = edited;
            _waiters.Publish(edited);
            return true;
        }
    }

    public bool Delete(long chatId, long messageId)
    {
        lock (_gate)
        {
            return _messages.TryGetValue(chatId, out var list) && list.RemoveAll(m => m.MessageId == messageId) > 0;
        }
    }

    public IReadOnlyList<BotMessage> MessagesTo(long chatId)
    {
        lock (_gate)
        {
            return _messages.TryGetValue(chatId, out var list) ? [.. list] : [];
        }
    }

    public BotDocument? FindDocument(string fileId)
    {
        lock (_gate)
        {
            return _messages.Values.SelectMany(l => l).Select(m => m.Document).FirstOrDefault(d => d?.FileId == fileId);
        }
    }

    /// <summary>A current message of the chat that matches, or the next send/edit in that chat that does.</summary>
    public Task<BotMessage> WaitForAsync(long chatId, Func<BotMessage, bool> match, TimeSpan timeout)
    {
        Waiters<BotMessage>.Waiter waiter;
        lock (_gate)
        {
            var existing = _messages.TryGetValue(chatId, out var list) ? list.Find(m => match(m)) : null;
            if (existing is not null)
            {
                return Task.FromResult(existing);
            }

            waiter = _waiters.Add(m => m.ChatId == chatId && match(m));
        }

        return WaitHelper.WithTimeout(
            waiter.Completion.Task,
            timeout,
            () => { lock (_gate) { _waiters.Remove(waiter); } },
            () => $"No matching bot message in chat {chatId} within {timeout}. Current messages: "
                + string.Join(" | ", MessagesTo(chatId).Select(m => $"#{m.MessageId} v{m.Version}: {m.Text ?? m.Document?.FileName}")));
    }
}
