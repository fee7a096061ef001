using InterviewCoachBot.Engine.Nudges;

namespace InterviewCoachBot.Engine.Tests.Nudges;

public sealed class NudgeBackoffTests
{
    private static readonly TimeSpan Base = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Max = TimeSpan.FromMinutes(10);

    [Theory]
    [InlineData(1, 2.5, 5)]
    [InlineData(2, 5, 10)]
    [InlineData(4, 20, 40)]
    [InlineData(30, 300, 600)]
    public void Delay_Attempts_ExponentialWithJitterAndCapped(int attempts, double minSeconds, double maxSeconds)
    {
        var low = NudgeBackoff.Delay(attempts, Base, Max, null, 0);
        var high = NudgeBackoff.Delay(attempts, Base, Max, null, 0.999999);

        Assert.Equal(minSeconds, low.TotalSeconds, 3);
        Assert.InRange(high.TotalSeconds, minSeconds, maxSeconds);
    }

    [Fact]
    public void Delay_RetryAfterLonger_WaitsAtLeastThat()
    {
        Assert.Equal(TimeSpan.FromMinutes(3), NudgeBackoff.Delay(1, Base, Max, TimeSpan.FromMinutes(3), 0.5));
    }
}
