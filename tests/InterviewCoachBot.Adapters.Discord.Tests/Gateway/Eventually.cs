using Microsoft.Extensions.Time.Testing;

namespace InterviewCoachBot.Adapters.Discord.Tests.Gateway;

/// <summary>
/// Drives a <see cref="FakeTimeProvider"/> forward in small steps until a condition holds: the client under test arms its
/// timers on other threads, so a single big jump could land before a timer exists. Outcomes never depend on real time.
/// </summary>
internal static class Eventually
{
    public static Task HoldsAsync(Func<bool> condition, FakeTimeProvider? time = null, TimeSpan? step = null, string what = "the condition") =>
        HoldsAsync(() => Task.FromResult(condition()), time, step, what);

    /// <summary>The same, for a condition that has to read something (such as the state file) to be checked.</summary>
    public static async Task HoldsAsync(Func<Task<bool>> condition, FakeTimeProvider? time = null, TimeSpan? step = null, string what = "the condition")
    {
        for (var i = 0; i < 2000; i++)
        {
            if (await condition())
            {
                return;
            }

            time?.Advance(step ?? TimeSpan.FromMilliseconds(50));
            await Task.Delay(2, TestContext.Current.CancellationToken);
        }

        Assert.Fail($"Timed out waiting for {what}.");
    }
}
