using Microsoft.Extensions.Time.Testing;

namespace InterviewCoachBot.Adapters.Telegram.Tests;

/// <summary>
/// Moves a <see cref="FakeTimeProvider"/> forward in small steps until a task completes. The steps only let the code under
/// test reach its next timer; assertions rely on the fake clock's timestamps, never on how long the test took.
/// </summary>
internal static class TimeDriver
{
    public static async Task<T> DriveAsync<T>(this FakeTimeProvider time, Task<T> task, TimeSpan? step = null, TimeSpan? limit = null)
    {
        var stepBy = step ?? TimeSpan.FromMilliseconds(100);
        var until = time.GetUtcNow() + (limit ?? TimeSpan.FromMinutes(5));
        while (!task.IsCompleted)
        {
            // Real time only for the HTTP round trips to finish; the clock the code reads is the fake one.
            await Task.WhenAny(task, Task.Delay(TimeSpan.FromMilliseconds(5), TestContext.Current.CancellationToken));
            if (!task.IsCompleted)
            {
                if (time.GetUtcNow() > until)
                {
                    throw new TimeoutException($"Still running after {limit} of fake time.");
                }

                time.Advance(stepBy);
            }
        }

        return await task;
    }
}
