namespace InterviewCoachBot.Adapters.Telegram.Tests;

public sealed class BackoffTests
{
    [Fact]
    public void Delay_GrowsWithJitterAndIsCapped()
    {
        var first = Enumerable.Range(0, 200).Select(_ => Backoff.Delay(1, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60))).ToList();
        var late = Enumerable.Range(0, 200).Select(_ => Backoff.Delay(20, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60))).ToList();

        Assert.All(first, d => Assert.InRange(d, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1)));
        Assert.All(late, d => Assert.InRange(d, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60)));
        Assert.True(first.Distinct().Count() > 1, "jittered");
    }
}
