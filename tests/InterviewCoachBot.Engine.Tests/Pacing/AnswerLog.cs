namespace InterviewCoachBot.Engine.Tests.Pacing;

/// <summary>Everything the bot said, to whom, in the order it was said; it outlives a restart of the harness.</summary>
internal sealed class AnswerLog
{
    private readonly Lock gate = new();
    private readonly List<Answer> answers = [];
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Count
    {
        get
        {
            lock (gate)
            {
                return answers.Count;
            }
        }
    }

    public void Add(string user, string text)
    {
        TaskCompletionSource old;
        lock (gate)
        {
            answers.Add(new Answer(user, text));
            old = changed;
            changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        old.TrySetResult();
    }

    public IReadOnlyList<string> To(string user)
    {
        lock (gate)
        {
            return [.. answers.Where(answer => answer.User == user).Select(answer => answer.Text)];
        }
    }

    public IReadOnlyList<Answer> All()
    {
        lock (gate)
        {
            return [.. answers];
        }
    }

    /// <summary>Completes at the next answer, or after <paramref name="patience"/> of real time when none comes.</summary>
    public Task NextOrAsync(TimeSpan patience)
    {
        Task next;
        lock (gate)
        {
            next = changed.Task;
        }

        return Task.WhenAny(next, Task.Delay(patience, TestContext.Current.CancellationToken));
    }

    public sealed record Answer(string User, string Text);
}
