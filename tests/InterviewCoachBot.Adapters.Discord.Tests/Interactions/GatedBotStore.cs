using InterviewCoachBot.Engine.Ports;

namespace InterviewCoachBot.Adapters.Discord.Tests.Interactions;

/// <summary>A store whose transactions wait until the test opens the gate: an engine as slow as the test wants.</summary>
internal sealed class GatedBotStore(IBotStore inner, Task gate) : IBotStore
{
    public async Task<IBotTransaction> BeginAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        return await inner.BeginAsync(cancellationToken);
    }
}
