namespace InterviewCoachBot.Chaos.Tests;

/// <summary>How the suite tells an unavoidable Telegram duplicate from a real one.</summary>
public sealed class SentCopiesTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 3, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Unexplained_SecondCopyAfterADroppedConnection_Explained()
    {
        var copies = new SentCopies("7001", "NUDGE r1 Acme", [T0, T0.AddSeconds(1)], DroppedAfterAccept: 1);

        Assert.Equal((1, 1, 0), (copies.Extra, copies.ExplainedByDrop, copies.Unexplained([])));
    }

    [Fact]
    public void Unexplained_CopiesOnBothSidesOfAKill_Explained()
    {
        var copies = new SentCopies("7001", "NUDGE r1 Acme", [T0, T0.AddSeconds(5)], DroppedAfterAccept: 0);

        Assert.Equal((1, 0), (copies.ExplainedByKill([T0.AddSeconds(2)]), copies.Unexplained([T0.AddSeconds(2)])));
    }

    [Fact]
    public void Unexplained_SecondCopyAfterASendTheBotGaveUpOn_Explained()
    {
        var copies = new SentCopies("7001", "NUDGE r1 Acme", [T0, T0.AddSeconds(3)], DroppedAfterAccept: 0, AbandonedByBot: 1);

        Assert.Equal((1, 0), (copies.ExplainedByAbandon, copies.Unexplained([])));
    }

    [Fact]
    public void Unexplained_TwoCopiesInOneProcessLifeWithoutADrop_CountedAsARealDuplicate()
    {
        var copies = new SentCopies("7001", "NUDGE r1 Acme", [T0, T0.AddSeconds(1), T0.AddSeconds(2)], DroppedAfterAccept: 1);

        Assert.Equal(1, copies.Unexplained([T0.AddSeconds(-10), T0.AddSeconds(10)]));
    }
}
