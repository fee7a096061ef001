namespace InterviewCoachBot.Emulators.Telegram.Internal;

internal static class WaitHelper
{
    /// <summary>Awaits <paramref name="task"/> for at most <paramref name="timeout"/>; on timeout runs
    /// <paramref name="onTimeout"/> (to unregister) and throws a <see cref="TimeoutException"/> whose message
    /// comes from <paramref name="describe"/>.</summary>
    public static async Task<T> WithTimeout<T>(Task<T> task, TimeSpan timeout, Action onTimeout, Func<string> describe)
    {
        try
        {
            return await task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            onTimeout();
            throw new TimeoutException(describe());
        }
    }
}
