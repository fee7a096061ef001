namespace InterviewCoachBot.Engine.Pacing;

/// <summary>
/// The answer of <see cref="InboundPacer.TakeInAsync"/>. Admitted: apply the message now, and dispose this once done, so
/// the user's deferred messages never overtake it. Deferred: it was stored and will be applied in its turn.
/// </summary>
public sealed class InboundAdmission : IDisposable
{
    private Action? release;

    private InboundAdmission(bool isDeferred, bool slowDownDue, Action? release)
    {
        IsDeferred = isDeferred;
        SlowDownDue = slowDownDue;
        this.release = release;
    }

    /// <summary>The message waits its turn; the adapter has nothing to apply now.</summary>
    public bool IsDeferred { get; }

    /// <summary>The first deferred message of a flood: tell the user once (<see cref="InboundPacer.SlowDown"/>).</summary>
    public bool SlowDownDue { get; }

    internal static InboundAdmission Admitted(Action release) => new(isDeferred: false, slowDownDue: false, release);

    internal static InboundAdmission Deferred(bool slowDownDue) => new(isDeferred: true, slowDownDue, release: null);

    public void Dispose() => Interlocked.Exchange(ref release, null)?.Invoke();
}
