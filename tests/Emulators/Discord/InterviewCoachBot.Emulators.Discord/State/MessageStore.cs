using InterviewCoachBot.Emulators.Discord.Infrastructure;

namespace InterviewCoachBot.Emulators.Discord.State;

/// <summary>Every message the bot created, latest version, in creation order.</summary>
internal sealed class MessageStore(StateSignal signal)
{
    private readonly Lock _lock = new();
    private readonly List<string> _order = [];
    private readonly Dictionary<string, SentMessage> _messages = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Channel, string Nonce), string> _nonces = [];

    public void Add(SentMessage message, string? nonce = null)
    {
        lock (_lock)
        {
            _order.Add(message.Id);
            _messages[message.Id] = message;
            if (nonce is not null)
            {
                _nonces[(message.ChannelId, nonce)] = message.Id;
            }
        }

        signal.Pulse();
    }

    public void Replace(SentMessage message)
    {
        lock (_lock)
        {
            _messages[message.Id] = message;
        }

        signal.Pulse();
    }

    public SentMessage? Get(string id)
    {
        lock (_lock)
        {
            return _messages.GetValueOrDefault(id);
        }
    }

    public SentMessage? FindByNonce(string channelId, string nonce)
    {
        lock (_lock)
        {
            return _nonces.TryGetValue((channelId, nonce), out var id) ? _messages[id] : null;
        }
    }

    public IReadOnlyList<SentMessage> All()
    {
        lock (_lock)
        {
            return [.. _order.Select(id => _messages[id])];
        }
    }

    public IReadOnlyList<SentMessage> InChannel(string channelId) =>
        [.. All().Where(m => m.ChannelId == channelId)];
}
