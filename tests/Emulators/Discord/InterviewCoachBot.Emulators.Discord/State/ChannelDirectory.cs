using InterviewCoachBot.Emulators.Discord.Infrastructure;

namespace InterviewCoachBot.Emulators.Discord.State;

/// <summary>DM channels per user, one text channel per guild, and users the bot cannot DM.</summary>
internal sealed class ChannelDirectory(SnowflakeGenerator ids)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, string> _dmByUser = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _userByDm = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _channelByGuild = new(StringComparer.Ordinal);
    private readonly HashSet<string> _guildChannels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RestFault> _unreachable = new(StringComparer.Ordinal);
    private readonly Queue<DateTimeOffset> _newDms = new();

    public string DmChannelFor(string userId)
    {
        lock (_lock)
        {
            if (!_dmByUser.TryGetValue(userId, out var channel))
            {
                channel = ids.Next();
                _dmByUser[userId] = channel;
                _userByDm[channel] = userId;
            }

            return channel;
        }
    }

    public string? ExistingDmChannelFor(string userId)
    {
        lock (_lock)
        {
            return _dmByUser.GetValueOrDefault(userId);
        }
    }

    public string? RecipientOf(string channelId)
    {
        lock (_lock)
        {
            return _userByDm.GetValueOrDefault(channelId);
        }
    }

    public string GuildChannelFor(string guildId)
    {
        lock (_lock)
        {
            if (!_channelByGuild.TryGetValue(guildId, out var channel))
            {
                channel = ids.Next();
                _channelByGuild[guildId] = channel;
                _guildChannels.Add(channel);
            }

            return channel;
        }
    }

    public bool IsKnown(string channelId)
    {
        lock (_lock)
        {
            return _userByDm.ContainsKey(channelId) || _guildChannels.Contains(channelId);
        }
    }

    /// <summary>Counts one newly opened DM if <paramref name="limit"/> allows it in the window ending now.</summary>
    public bool TryCountNewDm(DateTimeOffset now, RateLimitRule limit)
    {
        lock (_lock)
        {
            while (_newDms.TryPeek(out var oldest) && now - oldest >= limit.Window)
            {
                _newDms.Dequeue();
            }

            if (_newDms.Count >= limit.Limit)
            {
                return false;
            }

            _newDms.Enqueue(now);
            return true;
        }
    }

    public void SetUnreachable(string userId, RestFault? fault)
    {
        lock (_lock)
        {
            if (fault is null)
            {
                _unreachable.Remove(userId);
            }
            else
            {
                _unreachable[userId] = fault;
            }
        }
    }

    public RestFault? UnreachableFault(string userId)
    {
        lock (_lock)
        {
            return _unreachable.GetValueOrDefault(userId);
        }
    }
}
