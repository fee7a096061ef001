namespace InterviewCoachBot.Chaos.Tests;

/// <summary>
/// The copies of one message a platform accepted, and how many of the extra copies are explained: by a copy the platform
/// accepted without the sender hearing so (its connection dropped after the effect, or the sender had timed out), by a
/// send the bot itself reported giving up on, or by a SIGKILL between two copies (the message in flight when the process
/// died is sent again at the next start).
/// </summary>
/// <param name="AbandonedByBot">
/// Sends the bot reported timing out on that the emulator did not hold on purpose, assigned to this message: the emulator
/// answered in time, but on a loaded machine the answer reached the bot after its deadline, and neither side can tell.
/// </param>
internal sealed record SentCopies(string Chat, string Text, IReadOnlyList<DateTimeOffset> AcceptedAt, int DroppedAfterAccept, int AbandonedByBot = 0)
{
    public int Extra => Math.Max(0, AcceptedAt.Count - 1);

    public int ExplainedByDrop => Math.Min(Extra, DroppedAfterAccept);

    public int ExplainedByAbandon => Math.Min(Extra - ExplainedByDrop, AbandonedByBot);

    public int ExplainedByKill(IReadOnlyList<DateTimeOffset> kills)
    {
        var first = AcceptedAt.Min();
        var last = AcceptedAt.Max();
        return Math.Min(Extra - ExplainedByDrop - ExplainedByAbandon, kills.Count(kill => kill > first && kill < last));
    }

    public int Unexplained(IReadOnlyList<DateTimeOffset> kills) => Extra - ExplainedByDrop - ExplainedByAbandon - ExplainedByKill(kills);
}
