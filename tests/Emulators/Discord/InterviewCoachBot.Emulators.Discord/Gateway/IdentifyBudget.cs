namespace InterviewCoachBot.Emulators.Discord.Gateway;

/// <summary>What the gateway does with an IDENTIFY that passed the token and payload checks.</summary>
internal enum IdentifyVerdict
{
    /// <summary>Start a session (READY).</summary>
    Accept,

    /// <summary>op 9 <c>d=false</c>: too soon after the last IDENTIFY, or the gateway could not start a session.</summary>
    InvalidSession,

    /// <summary>The session start limit is spent: Discord resets the bot token.</summary>
    TokenReset,
}

/// <summary>
/// Discord's session start limit (gateway.mdx, "Session Start Limit"): <c>total</c> IDENTIFYs per window, which resets
/// <c>reset_after</c> after the window's first IDENTIFY; <c>max_concurrency</c> 1, so at most one IDENTIFY per 5 s. Every
/// IDENTIFY counts, including those answered with op 9. One past the limit resets the token.
/// </summary>
internal sealed class IdentifyBudget(DiscordEmulatorOptions options)
{
    private readonly Lock _lock = new();
    private DateTimeOffset? _windowStart;
    private DateTimeOffset? _last;
    private int _used;
    private int _failNext;
    private int _overLimit;

    /// <summary>IDENTIFYs that arrived with nothing left in the budget.</summary>
    public int OverLimit
    {
        get
        {
            lock (_lock)
            {
                return _overLimit;
            }
        }
    }

    /// <summary>The next <paramref name="count"/> IDENTIFYs are answered with op 9 d=false (a gateway incident).</summary>
    public void FailNext(int count)
    {
        lock (_lock)
        {
            _failNext += count;
        }
    }

    public IdentifyVerdict Admit()
    {
        lock (_lock)
        {
            var now = options.TimeProvider.GetUtcNow();
            Roll(now);
            if (_used >= options.SessionStartLimit)
            {
                _overLimit++;
                return IdentifyVerdict.TokenReset;
            }

            _windowStart ??= now;
            _used++;
            var tooSoon = options.IdentifySpacing is { } spacing && _last is { } last && now - last < spacing;
            _last = now;
            if (tooSoon)
            {
                return IdentifyVerdict.InvalidSession;
            }

            if (_failNext > 0)
            {
                _failNext--;
                return IdentifyVerdict.InvalidSession;
            }

            return IdentifyVerdict.Accept;
        }
    }

    /// <summary>The <c>session_start_limit</c> object of <c>GET /gateway/bot</c>.</summary>
    public (int Total, int Remaining, long ResetAfterMs) Limit()
    {
        lock (_lock)
        {
            var now = options.TimeProvider.GetUtcNow();
            Roll(now);
            var resetAfter = _windowStart is { } start ? start + options.SessionStartResetAfter - now : options.SessionStartResetAfter;
            return (options.SessionStartLimit, options.SessionStartLimit - _used, (long)Math.Ceiling(resetAfter.TotalMilliseconds));
        }
    }

    /// <summary>Must hold <see cref="_lock"/>.</summary>
    private void Roll(DateTimeOffset now)
    {
        if (_windowStart is { } start && now >= start + options.SessionStartResetAfter)
        {
            _windowStart = null;
            _used = 0;
        }
    }
}
