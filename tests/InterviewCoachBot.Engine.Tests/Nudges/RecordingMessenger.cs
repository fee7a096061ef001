using System.Collections.Concurrent;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Ports;

namespace InterviewCoachBot.Engine.Tests.Nudges;

/// <summary>A messenger for the test platform that records what it was asked to send and answers from a script.</summary>
internal sealed class RecordingMessenger : IMessenger
{
    private readonly ConcurrentQueue<SendResult> script = new();
    private TaskCompletionSource<Reply> nextSend = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Platform => ChatUser.Platform;

    public ConcurrentQueue<(string User, Reply Reply)> Sent { get; } = new();

    public int Attempts { get; private set; }

    /// <summary>Completes with the next reply sent successfully.</summary>
    public Task<Reply> NextSendAsync() => nextSend.Task;

    /// <summary>The results of the next sends, in order; afterwards every send succeeds.</summary>
    public void Answer(params SendResult[] results)
    {
        foreach (var result in results)
        {
            script.Enqueue(result);
        }
    }

    public Task<SendResult> SendAsync(string chatId, Reply reply, CancellationToken cancellationToken = default) =>
        SendDirectAsync(chatId, reply, cancellationToken);

    /// <summary>Runs at the start of each send, e.g. to look at the store in the middle of a dispatcher pass.</summary>
    public Func<Task>? DuringSend { get; set; }

    public async Task<SendResult> SendDirectAsync(string externalUserId, Reply reply, CancellationToken cancellationToken = default)
    {
        if (DuringSend is { } during)
        {
            await during();
        }

        Attempts++;
        var result = script.TryDequeue(out var scripted) ? scripted : new SendResult.Sent();
        if (result is SendResult.Sent)
        {
            Sent.Enqueue((externalUserId, reply));
            var done = nextSend;
            nextSend = new TaskCompletionSource<Reply>(TaskCreationOptions.RunContinuationsAsynchronously);
            done.TrySetResult(reply);
        }

        return result;
    }
}
