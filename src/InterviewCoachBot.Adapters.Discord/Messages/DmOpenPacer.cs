namespace InterviewCoachBot.Adapters.Discord.Messages;

/// <summary>
/// Paces <c>POST /users/@me/channels</c> for users the bot has no DM with yet. Discord limits or blocks bots that "open a
/// significant amount of DMs too quickly" (user.mdx, Create DM) and answers 40003 "You are opening direct messages too
/// fast"; after that every new DM waits <see cref="TooFastPause"/>, since each refused try is one more invalid request.
/// </summary>
internal sealed class DmOpenPacer(TimeProvider time) : IDisposable
{
    /// <summary>Discord's error code for opening DMs too fast (sent with HTTP 403).</summary>
    public const int TooFast = 40003;

    /// <summary>At most this many new DMs in any <see cref="Window"/> (Discord publishes no number; nudges are rarely this bunched).</summary>
    public const int OpensPerWindow = 5;
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan TooFastPause = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim turn = new(1, 1);
    private readonly Queue<DateTimeOffset> recent = new();
    private long pausedUntilTicks;

    /// <summary>How long new DMs stay paused after a 40003; null when they may be opened.</summary>
    public TimeSpan? Paused
    {
        get
        {
            var left = Interlocked.Read(ref pausedUntilTicks) - time.GetUtcNow().UtcTicks;
            return left > 0 ? TimeSpan.FromTicks(left) : null;
        }
    }

    /// <summary>Opens go one at a time, so two sends to one new user open one DM; dispose the result when done.</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await turn.WaitAsync(cancellationToken);
        return new Turn(turn);
    }

    /// <summary>Inside <see cref="EnterAsync"/>, right before an open: waits until it fits in the window, then counts it.</summary>
    public async Task PaceAsync(CancellationToken cancellationToken)
    {
        while (recent.Count >= OpensPerWindow)
        {
            var wait = recent.Peek() + Window - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken);
            }

            recent.Dequeue();
        }

        recent.Enqueue(time.GetUtcNow());
    }

    /// <summary>Discord said <see cref="TooFast"/>: no new DM for <see cref="TooFastPause"/>.</summary>
    public void PauseAfterTooFast() => Interlocked.Exchange(ref pausedUntilTicks, (time.GetUtcNow() + TooFastPause).UtcTicks);

    public void Dispose() => turn.Dispose();

    private sealed class Turn(SemaphoreSlim turn) : IDisposable
    {
        public void Dispose() => turn.Release();
    }
}
