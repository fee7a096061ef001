using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Pacing;
using InterviewCoachBot.Engine.Ports;

namespace InterviewCoachBot.Engine.Tests.Pacing;

/// <summary>
/// The test platform's adapter around the pacer: a message is taken in, applied at once when admitted, otherwise
/// applied by its user's lane; every reply is marked delivered and then written to one <see cref="AnswerLog"/>, and the
/// lane's slow-down note goes there too.
/// </summary>
internal sealed class RecordingLane(ConversationEngine engine, IDeliveryLog deliveries, TimeProvider time, AnswerLog log) : IDeferredInboundHandler
{
    public string Platform => ChatUser.Platform;

    public Task ApplyAsync(DeferredInbound deferred, CancellationToken cancellationToken) => RunAsync(deferred.Inbound, cancellationToken);

    public Task SlowDownAsync(DeferredInbound first, CancellationToken cancellationToken)
    {
        log.Add(first.Inbound.User.ExternalId, InboundPacer.SlowDown);
        return Task.CompletedTask;
    }

    /// <summary>What an adapter does with a message as it arrives.</summary>
    public async Task ReceiveAsync(InboundPacer pacer, Inbound inbound)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var admission = await pacer.TakeInAsync(inbound, context: string.Empty, busy: false, cancellationToken);
        if (!admission.IsDeferred)
        {
            await RunAsync(inbound, cancellationToken);
        }
    }

    /// <summary>What an adapter does at start-up: replies committed before a stop but never shown are shown now.</summary>
    public async Task DeliverLeftoversAsync()
    {
        foreach (var delivery in await deliveries.ListUndeliveredAsync(Platform, TestContext.Current.CancellationToken))
        {
            await ShowAsync(delivery, TestContext.Current.CancellationToken);
        }
    }

    private async Task RunAsync(Inbound inbound, CancellationToken cancellationToken)
    {
        foreach (var delivery in await engine.HandleAsync(inbound, cancellationToken))
        {
            await ShowAsync(delivery, cancellationToken);
        }
    }

    private async Task ShowAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        await deliveries.MarkDeliveredAsync(delivery.OutboxId, time.GetUtcNow(), cancellationToken);
        log.Add(delivery.ChatId["chat-".Length..], delivery.Reply.Text);
    }
}
