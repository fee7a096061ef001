namespace InterviewCoachBot.Engine.Pacing;

/// <summary>
/// The answer of <see cref="InboundPacer.TakeInAsync"/>. Admitted: apply the message now, and dispose this once done, so
/// the user's deferred messages never overtake it. Deferred: it was stored and will be applied in its turn.
/// </summary>
public sealed class InboundAdmission : IDisposable
{
    private Action? release;

    private InboundAdmission(Action? release)
    {
        IsDeferred = release is null;
        this.release = release;
    }

    /// <summary>The message waits its turn; the adapter has nothing to apply now.</summary>
    public bool IsDeferred { get; }

    internal static InboundAdmission Deferred { get; } = new(release: null);

    internal static InboundAdmission Admitted(Action release) => new(release);

    public void Dispose() => Interlocked.Exchange(ref release, null)?.Invoke();
}
