namespace InterviewCoachBot.Engine.Ports;

/// <summary>Opens the unit of work in which one inbound message is handled.</summary>
public interface IBotStore
{
    /// <summary>Starts a write transaction; nothing in it is visible until <see cref="IBotTransaction.CommitAsync"/>.</summary>
    Task<IBotTransaction> BeginAsync(CancellationToken cancellationToken = default);
}
