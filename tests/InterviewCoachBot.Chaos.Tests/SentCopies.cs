namespace InterviewCoachBot.Chaos.Tests;

/// <summary>
/// The copies of one message a platform accepted, and how many of the extra copies are explained: by a copy the platform
/// accepted without the sender hearing so (its connection dropped after the effect, or the sender had timed out), or by
/// a SIGKILL between two copies (the message in flight when the process died is sent again at the next start).
/// </summary>
internal sealed record SentCopies(string Chat, string Text, IReadOnlyList<DateTimeOffset> AcceptedAt, int DroppedAfterAccept)
{
    public int Extra => Math.Max(0, AcceptedAt.Count - 1);

    public int ExplainedByDrop => Math.Min(Extra, DroppedAfterAccept);

    public int ExplainedByKill(IReadOnlyList<DateTimeOffset> kills)
    {
        var first = AcceptedAt.Min();
        var last = AcceptedAt.Max();
        return Math.Min(Extra - ExplainedByDrop, kills.Count(kill => kill > first && kill < last));
    }

    public int Unexplained(IReadOnlyList<DateTimeOffset> kills) => Extra - ExplainedByDrop - ExplainedByKill(kills);
}
