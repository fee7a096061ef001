namespace InterviewCoachBot.Engine.Ports;

/// <summary>One platform's way to apply a deferred message when its turn comes: run the engine, then answer the user.</summary>
public interface IDeferredInboundHandler
{
    /// <summary>The platform whose messages this handler applies ("telegram", "discord").</summary>
    string Platform { get; }

    /// <summary>
    /// Applies the message and delivers its replies. Failures the adapter handles itself (parking, apologies); a throw means
    /// the message is tried again later.
    /// </summary>
    Task ApplyAsync(DeferredInbound deferred, CancellationToken cancellationToken);

    /// <summary>
    /// Tells the user once per flood that their messages wait their turn (<see cref="Pacing.InboundPacer.SlowDown"/>),
    /// answering through <paramref name="first"/>, the first of them.
    /// </summary>
    Task SlowDownAsync(DeferredInbound first, CancellationToken cancellationToken);
}
