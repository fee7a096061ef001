namespace InterviewCoachBot.Adapters.Discord.Tests.Gateway;

/// <summary>Waits for a condition; with a <see cref="SteppedClock"/>, moves fake time only while the code under test waits for it.</summary>
/// <remarks>
/// The clock never moves on a real-time cadence: it jumps to the next armed timer only when <c>idle</c> says the code under
/// test has nothing left to do but wait for that timer, so how fast the machine is never changes an outcome. Real time
/// only bounds how long a broken test takes to fail.
/// </remarks>
internal static class Eventually
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    public static Task HoldsAsync(Func<bool> condition, string what = "the condition") =>
        HoldsAsync(() => Task.FromResult(condition()), clock: null, idle: null, what);

    /// <summary>The same, for a condition that has to read something (such as the state file) to be checked.</summary>
    public static Task HoldsAsync(Func<Task<bool>> condition, string what = "the condition") =>
        HoldsAsync(condition, clock: null, idle: null, what);

    /// <param name="idle">True when the code under test can only go on once fake time passes.</param>
    public static Task HoldsAsync(Func<bool> condition, SteppedClock clock, Func<bool>? idle, string what = "the condition") =>
        HoldsAsync(() => Task.FromResult(condition()), clock, idle, what);

    private static async Task HoldsAsync(Func<Task<bool>> condition, SteppedClock? clock, Func<bool>? idle, string what)
    {
        var started = TimeProvider.System.GetTimestamp();
        while (!await condition())
        {
            if (TimeProvider.System.GetElapsedTime(started) > Limit)
            {
                Assert.Fail($"Timed out waiting for {what}.");
            }

            // The condition is read again once the code is seen idle: it may have been met on the way there (a new
            // connection arms its HELLO timeout), and moving time then would be a step the test never asked for.
            if (clock is not null && clock.HasArmedTimer && (idle?.Invoke() ?? true) && !await condition())
            {
                clock.AdvanceToNextTimer();
                continue;
            }

            await Task.Delay(1, TestContext.Current.CancellationToken);
        }
    }
}
